package org.warta.event;

import org.warta.cameo.CameoTables;
import org.warta.cameo.CameoTables.EventSet;
import org.warta.cameo.CameoTables.SectorSet;

/**
 * The groups of CAMEO codes the coder's rules name, read from {@code org/warta/cameo/event-sets.tsv} and
 * {@code sector-sets.tsv}; what each group is for is written beside it there.
 */
final class CameoRules {
    private static final CameoTables TABLES = CameoTables.shipped();

    static final EventSet HARM = TABLES.events("harm");
    static final EventSet FORCE = TABLES.events("force");
    static final EventSet MUTUAL = TABLES.events("mutual");
    static final EventSet NEEDS_TARGET = TABLES.events("needs-target");
    static final EventSet PLACE_IS_TARGET = TABLES.events("place-is-target");
    static final EventSet ORIGIN_IS_TARGET = TABLES.events("origin-is-target");
    static final EventSet VERBAL = TABLES.events("verbal");
    static final EventSet REQUEST = TABLES.events("request");
    static final EventSet PROTEST = TABLES.events("protest");
    static final String GENERAL_APPEAL = TABLES.events("general-appeal").only();
    static final String ACCUSATION = TABLES.events("accusation").only();
    static final String CLAIM_RESPONSIBILITY = TABLES.events("claim-responsibility").only();

    static final SectorSet CIVIL = TABLES.sectors("civil");
    static final SectorSet STATE_FORCES = TABLES.sectors("state-forces");
    static final String GOVERNMENT = TABLES.sectors("government").only();
    static final String INDIVIDUAL = TABLES.sectors("individual").only();

    private CameoRules() {
    }
}
