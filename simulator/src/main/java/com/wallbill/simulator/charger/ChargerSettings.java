package com.wallbill.simulator.charger;

import com.wallbill.ocpp.rpc.OcppVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A charger's configuration as the central system sees it: 1.6 configuration keys, or 2.0.1 variables named
 * {@code Component.Variable}. Values are text as on the wire; the ones the simulation obeys (heartbeat and
 * meter-value intervals) are checked to be whole seconds. Used on the charger's lane only.
 */
final class ChargerSettings {

    /** Outcome of a change request, mapped to each version's status enum. */
    enum Change {
        ACCEPTED,
        REJECTED,
        UNKNOWN_COMPONENT,
        UNKNOWN_KEY
    }

    private record Setting(String value, boolean readonly) {
    }

    private final OcppVersion version;
    private final Map<String, Setting> settings = new LinkedHashMap<>();
    private final Set<String> numeric;

    ChargerSettings(OcppVersion version, String chargerId, int heartbeatSeconds, int meterSeconds) {
        this.version = version;
        if (version == OcppVersion.V16) {
            put("HeartbeatInterval", heartbeatSeconds, false);
            put("MeterValueSampleInterval", meterSeconds, false);
            put("MeterValuesSampledData",
                    "Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage", false);
            put("NumberOfConnectors", "1", true);
            put("AuthorizeRemoteTxRequests", "false", false);
            put("ConnectionTimeOut", "60", false);
            put("StopTransactionOnEVSideDisconnect", "true", false);
            put("LocalAuthorizeOffline", "true", false);
            put("SupportedFeatureProfiles", "Core,RemoteTrigger", true);
            put("ChargePointId", chargerId, true);
            numeric = Set.of("HeartbeatInterval", "MeterValueSampleInterval", "ConnectionTimeOut");
        } else {
            put("OCPPCommCtrlr.HeartbeatInterval", heartbeatSeconds, false);
            put("SampledDataCtrlr.TxUpdatedInterval", meterSeconds, false);
            put("SampledDataCtrlr.TxUpdatedMeasurands",
                    "Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage", false);
            put("AuthCtrlr.AuthorizeRemoteStart", "false", false);
            put("TxCtrlr.TxStartPoint", "Authorized", false);
            put("TxCtrlr.TxStopPoint", "Authorized", false);
            put("TxCtrlr.EVConnectionTimeOut", "60", false);
            put("SecurityCtrlr.Identity", chargerId, true);
            numeric = Set.of("OCPPCommCtrlr.HeartbeatInterval", "SampledDataCtrlr.TxUpdatedInterval",
                    "TxCtrlr.EVConnectionTimeOut");
        }
    }

    String heartbeatKey() {
        return version == OcppVersion.V16 ? "HeartbeatInterval" : "OCPPCommCtrlr.HeartbeatInterval";
    }

    String meterIntervalKey() {
        return version == OcppVersion.V16 ? "MeterValueSampleInterval" : "SampledDataCtrlr.TxUpdatedInterval";
    }

    int heartbeatSeconds() {
        return Integer.parseInt(settings.get(heartbeatKey()).value());
    }

    int meterIntervalSeconds() {
        return Integer.parseInt(settings.get(meterIntervalKey()).value());
    }

    /** All keys in a stable order. */
    Set<String> keys() {
        return settings.keySet();
    }

    Optional<String> value(String key) {
        return Optional.ofNullable(settings.get(key)).map(Setting::value);
    }

    boolean isReadonly(String key) {
        Setting setting = settings.get(key);
        return setting != null && setting.readonly();
    }

    /** Whether any 2.0.1 variable belongs to this component. */
    boolean hasComponent(String component) {
        String prefix = component + ".";
        return settings.keySet().stream().anyMatch(key -> key.startsWith(prefix));
    }

    /** Applies a change unless the key is unknown or read-only, or a numeric key gets a non-number. */
    Change change(String key, String value) {
        Setting current = settings.get(key);
        if (current == null) {
            int dot = key.indexOf('.');
            boolean knownComponent = version == OcppVersion.V201 && dot > 0 && hasComponent(key.substring(0, dot));
            return version == OcppVersion.V16 || knownComponent ? Change.UNKNOWN_KEY : Change.UNKNOWN_COMPONENT;
        }
        if (current.readonly() || (numeric.contains(key) && !isWholeSeconds(value))) {
            return Change.REJECTED;
        }
        settings.put(key, new Setting(numeric.contains(key) ? value.trim() : value, false));
        return Change.ACCEPTED;
    }

    /** The server set the heartbeat interval in its BootNotification answer. */
    void heartbeatFromBoot(int seconds) {
        if (seconds > 0) {
            settings.put(heartbeatKey(), new Setting(Integer.toString(seconds), false));
        }
    }

    private static boolean isWholeSeconds(String value) {
        try {
            return Integer.parseInt(value.trim()) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void put(String key, Object value, boolean readonly) {
        settings.put(key, new Setting(String.valueOf(value), readonly));
    }
}
