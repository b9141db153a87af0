package com.wallbill.panel.company;

import java.time.OffsetDateTime;

/**
 * What becomes of the billing e-mail when an admin sets it: the admin's own login address is verified already (they
 * logged in with it); an address verified before stays verified; any other address waits for its link.
 */
record BillingEmail(String address, OffsetDateTime verifiedAt, boolean needsLink) {

    static BillingEmail decide(String current, OffsetDateTime currentVerifiedAt, String requested, String loginEmail,
            OffsetDateTime now) {
        if (requested == null) {
            return new BillingEmail(null, null, false);
        }
        if (requested.equals(current) && currentVerifiedAt != null) {
            return new BillingEmail(current, currentVerifiedAt, false);
        }
        if (requested.equalsIgnoreCase(loginEmail)) {
            return new BillingEmail(requested, now, false);
        }
        // The same pending address saved again (the panel sends the whole form) does not mail a new link each time.
        return new BillingEmail(requested, null, !requested.equals(current));
    }
}
