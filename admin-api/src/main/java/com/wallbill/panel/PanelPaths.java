package com.wallbill.panel;

/** Where the panel API lives. */
public final class PanelPaths {

    public static final String ROOT = "/api/panel";
    public static final String AUTH = ROOT + "/auth";

    private PanelPaths() {
    }
}
