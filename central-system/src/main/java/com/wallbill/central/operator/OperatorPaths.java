package com.wallbill.central.operator;

/** Where the operator API lives. */
final class OperatorPaths {

    static final String ROOT = "/api/operator";

    private OperatorPaths() {
    }
}
