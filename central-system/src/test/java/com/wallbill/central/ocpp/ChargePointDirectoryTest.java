package com.wallbill.central.ocpp;

import static com.wallbill.central.TestSupport.await;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.register;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.central.ocpp.ChargePointRecord.BootPolicy;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unknown chargers registered under the accept policy: in batches, whatever arrives at once. */
@QuarkusTest
class ChargePointDirectoryTest {

    @Inject
    ChargePointDirectory directory;

    @Inject
    Pool pool;

    @Test
    void aBurstOfUnknownChargersIsRegisteredEvenWhenAChargerComesTwice() {
        String prefix = newId("burst");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            ids.add(prefix + "-" + i);
        }
        List<Future<ChargePointRecord>> answers = new ArrayList<>();
        for (String id : ids) {
            answers.add(directory.autoRegister(id));
            // the same charger twice in one burst (a quick reconnect) may end up in one batch
            answers.add(directory.autoRegister(id));
        }

        await(Future.all(answers));
        for (int i = 0; i < answers.size(); i++) {
            ChargePointRecord record = answers.get(i).result();
            assertThat(record.id()).isEqualTo(ids.get(i / 2));
            assertThat(record.bootPolicy()).isEqualTo(BootPolicy.ACCEPTED);
            assertThat(record.passwordHash()).isNull();
        }
        long registered = await(pool.preparedQuery(
                "SELECT count(*) FROM charge_point WHERE id = ANY($1) AND auto_registered").execute(
                        Tuple.tuple().addArrayOfString(ids.toArray(String[]::new)))
                .map(rows -> rows.iterator().next().getLong(0)));
        assertThat(registered).isEqualTo(600);
    }

    @Test
    void aChargerRegisteredBeforeKeepsItsRecord() {
        String id = newId("known");
        register(id, "sixteen-chars-password");

        ChargePointRecord record = await(directory.autoRegister(id));

        assertThat(record.passwordHash()).isNotNull();
        long auto = await(pool.preparedQuery("SELECT count(*) FROM charge_point WHERE id = $1 AND auto_registered")
                .execute(Tuple.of(id)).map(rows -> rows.iterator().next().getLong(0)));
        assertThat(auto).isZero();
    }
}
