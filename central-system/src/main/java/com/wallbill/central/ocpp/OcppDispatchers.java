package com.wallbill.central.ocpp;

import com.wallbill.central.ocpp.v16.Ocpp16Handlers;
import com.wallbill.central.ocpp.v201.Ocpp201Handlers;
import com.wallbill.ocpp.dispatch.InboundDispatcher;
import com.wallbill.ocpp.dispatch.PayloadMapper;
import com.wallbill.ocpp.rpc.FrameCodec;
import com.wallbill.ocpp.rpc.OcppVersion;
import jakarta.enterprise.context.ApplicationScoped;

/** The codec and the per-version handler tables the endpoint dispatches to. */
@ApplicationScoped
public class OcppDispatchers {

    private final PayloadMapper mapper = PayloadMapper.create();
    private final FrameCodec codec = new FrameCodec(mapper.objectMapper());
    private final InboundDispatcher<CallContext> v16;
    private final InboundDispatcher<CallContext> v201;

    public OcppDispatchers(Ocpp16Handlers v16Handlers, Ocpp201Handlers v201Handlers) {
        this.v16 = v16Handlers.register(InboundDispatcher.builder(OcppVersion.V16)).build();
        this.v201 = v201Handlers.register(InboundDispatcher.builder(OcppVersion.V201)).build();
    }

    public InboundDispatcher<CallContext> forVersion(OcppVersion version) {
        return version == OcppVersion.V16 ? v16 : v201;
    }

    public FrameCodec codec() {
        return codec;
    }

    public PayloadMapper mapper() {
        return mapper;
    }
}
