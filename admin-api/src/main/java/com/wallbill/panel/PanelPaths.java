package com.wallbill.panel;

/** Where the panel API lives. */
public final class PanelPaths {

    public static final String ROOT = "/api/panel";
    public static final String AUTH = ROOT + "/auth";

    private PanelPaths() {
    }

    /**
     * A mailed link to a page of the web panel ({@code publicUrl/#/route?token=...}). The page, not the link,
     * calls the API: opening a link only shows a page, so a mail scanner prefetching it uses up no token.
     */
    public static String page(String publicUrl, String route, String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/#/" + route + "?token=" + token;
    }
}
