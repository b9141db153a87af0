package com.wallbill.simulator.model;

import com.wallbill.ocpp.rpc.OcppVersion;

/**
 * Who a simulated charger is: identity as sent in BootNotification, protocol version, electrical supply,
 * the lifetime energy register it starts from, the RFID card its driver uses and its own random seed.
 */
public record ChargerProfile(
        String id,
        OcppVersion version,
        String vendor,
        String model,
        String serialNumber,
        String firmwareVersion,
        ElectricalSupply supply,
        long initialRegisterWh,
        String idTag,
        long seed) {
}
