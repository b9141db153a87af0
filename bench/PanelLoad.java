import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop latency of the panel's session list: {@code --clients} clients (default 1) each send requests one
 * after the other over a kept-alive connection, cycling through request kinds with random parameters (employee,
 * device, date range, sort), and the time from send to the whole body is recorded per request. Prints p50, p90,
 * p99 and max per kind and for all filtered first pages together.
 *
 * <pre>java bench/PanelLoad.java --url http://127.0.0.1:8080 --token T --employees 200 --requests 300 [--clients 1]
 *     [--warmup 500]</pre>
 *
 * Kinds: {@code first} (no filter, newest first), {@code employee}, {@code employee+range+sort}, {@code range+sort}
 * (1 to 60 days), {@code device+sort}, {@code sort} (whole company in one of the six orders), {@code cursor} (pages
 * 2-5 by the Link header's keyset cursor, in a random order), and, reported apart, {@code offset} (a page at a
 * random offset up to 20,000). Dates are within the seeded year (2025-12-01 .. 2026-11-25).
 */
public class PanelLoad {

    private static final String[] SORTS = {"stoppedAt", "-stoppedAt", "energy", "-energy", "refund", "-refund"};
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 1);

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = opts.get("url");
        String token = opts.get("token");
        int employees = Integer.parseInt(opts.getOrDefault("employees", "200"));
        int requests = Integer.parseInt(opts.getOrDefault("requests", "300"));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "1"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "500"));

        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        for (String kind : List.of("first", "employee", "employee+range+sort", "range+sort", "device+sort", "sort",
                "cursor", "offset")) {
            latencies.put(kind, java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        AtomicInteger errors = new AtomicInteger();
        run(url, token, employees, warmup, 1, null, errors);
        errors.set(0);
        long start = System.nanoTime();
        run(url, token, employees, requests, clients, latencies, errors);
        double seconds = (System.nanoTime() - start) / 1e9;

        long total = latencies.values().stream().mapToLong(List::size).sum();
        System.out.printf("requests: %d in %.1f s (%.0f/s), %d clients, %d errors%n", total, seconds,
                total / seconds, clients, errors.get());
        System.out.printf("%-22s %6s %8s %8s %8s %8s%n", "kind", "n", "p50 ms", "p90 ms", "p99 ms", "max ms");
        List<Long> filtered = new ArrayList<>();
        for (var e : latencies.entrySet()) {
            print(e.getKey(), e.getValue());
            if (!e.getKey().equals("offset")) {
                filtered.addAll(e.getValue());
            }
        }
        print("ALL but offset", filtered);
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    private static void run(String url, String token, int employees, int perKind, int clients,
            Map<String, List<Long>> latencies, AtomicInteger errors) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            Thread t = new Thread(() -> client(url, token, employees, perKind / clients, new Random(42 + seed),
                    latencies, errors));
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static void client(String url, String token, int employees, int perKind, Random random,
            Map<String, List<Long>> latencies, AtomicInteger errors) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("first", () -> "limit=50");
        kinds.put("employee", () -> "limit=50&employeeId=" + (1 + random.nextInt(employees)));
        kinds.put("employee+range+sort", () -> "limit=50&employeeId=" + (1 + random.nextInt(employees)) + range(random)
                + "&sort=" + SORTS[random.nextInt(6)]);
        kinds.put("range+sort", () -> "limit=50" + range(random) + "&sort=" + SORTS[random.nextInt(6)]);
        kinds.put("device+sort", () -> "limit=50&deviceId=BENCH-PANEL-" + String.format("%04d",
                1 + random.nextInt(employees)) + "&sort=" + SORTS[random.nextInt(6)]);
        kinds.put("sort", () -> "limit=50&sort=" + SORTS[random.nextInt(6)]);
        kinds.put("offset", () -> "limit=50&offset=" + random.nextInt(20_000) + "&sort=" + SORTS[random.nextInt(6)]);
        for (int i = 0; i < perKind; i++) {
            for (var kind : kinds.entrySet()) {
                String uri = url + "/api/panel/sessions?" + kind.getValue().get();
                HttpResponse<String> response = timed(http, token, uri, kind.getKey(), latencies, errors);
                if (kind.getKey().equals("sort") && response != null) {
                    // the next pages of the same list, by cursor
                    for (int page = 2; page <= 5 && response != null; page++) {
                        Matcher next = NEXT.matcher(response.headers().firstValue("Link").orElse(""));
                        if (!next.find()) {
                            break;
                        }
                        response = timed(http, token, next.group(1), "cursor", latencies, errors);
                    }
                }
            }
        }
    }

    private static String range(Random random) {
        LocalDate from = FIRST_DAY.plusDays(random.nextInt(300));
        return "&from=" + from + "&to=" + from.plusDays(random.nextInt(60));
    }

    private static HttpResponse<String> timed(HttpClient http, String token, String uri, String kind,
            Map<String, List<Long>> latencies, AtomicInteger errors) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - start) / 1000;
            if (response.statusCode() != 200 || !response.body().startsWith("{\"items\":[")) {
                errors.incrementAndGet();
                System.err.println(response.statusCode() + " " + uri + " " + response.body());
                return null;
            }
            if (latencies != null) {
                latencies.get(kind).add(micros);
            }
            return response;
        } catch (Exception e) {
            errors.incrementAndGet();
            System.err.println(uri + ": " + e);
            return null;
        }
    }

    private static void print(String kind, List<Long> micros) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return;
        }
        System.out.printf("%-22s %6d %8.1f %8.1f %8.1f %8.1f%n", kind, sorted.length, pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
