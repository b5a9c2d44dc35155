package com.orderdesk.payment.gateway.kit;

import com.orderdesk.shared.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * A simulator's app-level refusal of what a developer asked on a sandbox route (play the shopper or
 * the provider): a 422 problem, like every error the app answers. Replies on the simulated
 * provider's own wire (GMO's {@code ErrCode}, DSK's {@code result=-1}, Yamato's XML) stay as the
 * provider writes them; this is for the routes that exist only to play the other side.
 */
public class SimulatorRefusal extends ProblemException {

    public SimulatorRefusal(String detail) {
        this(detail, null);
    }

    /** @param providerCode the simulated provider's own code for the refusal, when it has one */
    public SimulatorRefusal(String detail, @Nullable String providerCode) {
        super(422, "simulator-refused", "The simulator refused", detail);
        if (providerCode != null) {
            with("providerCode", providerCode);
        }
    }
}
