package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Entity;

/** An actor named by its sector alone belongs to the country the article is about. */
class HomeCountryTest {
    private static final String KENYA = "Thousands of people marched through Nairobi on Tuesday against the new "
            + "finance bill. President William Ruto defended the taxes in a speech in Mombasa. "
            + "Police fired tear gas at the crowd outside parliament.";

    private static List<Entity> kenyan(Article a) {
        List<Entity> out = new ArrayList<>();
        out.add(EventTestSupport.entity(a, "Nairobi", Entity.Type.GPE, "Nairobi", null, "KEN"));
        out.add(EventTestSupport.entity(a, "William Ruto", Entity.Type.PERSON, "William Ruto", "president", "KEN"));
        out.add(EventTestSupport.entity(a, "Mombasa", Entity.Type.GPE, "Mombasa", null, "KEN"));
        return out;
    }

    @Test
    void thePoliceAreTheHomeCountrys() {
        Article prepared = EventTestSupport.prepared(KENYA, "en");
        Article a = EventTestSupport.code(prepared, kenyan(prepared), List.of(), null);
        assertTrue(a.events().stream().anyMatch(e -> e.actor1() != null && "KENCOP".equals(e.actor1().code())),
                "expected KENCOP in " + EventTestSupport.described(a));
        assertTrue(a.events().stream().noneMatch(e -> e.actor1() != null && "COP".equals(e.actor1().code())),
                "no bare COP in " + EventTestSupport.described(a));
    }

    @Test
    void protestersNamedByNobodyAreTheHomeCountrysCivilians() {
        String text = "President William Ruto signed the finance bill in Nairobi on Monday. "
                + "On Tuesday protests erupted in Nairobi and Mombasa.";
        Article prepared = EventTestSupport.prepared(text, "en");
        List<Entity> entities = List.of(
                EventTestSupport.entity(prepared, "William Ruto", Entity.Type.PERSON, "William Ruto", "president",
                        "KEN"),
                EventTestSupport.entity(prepared, "Nairobi", Entity.Type.GPE, "Nairobi", null, "KEN"),
                EventTestSupport.entity(prepared, "Mombasa", Entity.Type.GPE, "Mombasa", null, "KEN"));
        Article a = EventTestSupport.code(prepared, entities, List.of(), null);
        assertTrue(a.events().stream().anyMatch(e -> e.rootCode().equals("14") && e.actor1() != null
                        && "KENCVL".equals(e.actor1().code())),
                "expected a protest by KENCVL in " + EventTestSupport.described(a));
    }

    @Test
    void twoCountriesNamedAsOftenLeaveTheSectorAlone() {
        String text = "Crowds gathered in Lima and in Quito on Sunday.";
        Article prepared = EventTestSupport.prepared(text, "en");
        List<Entity> places = List.of(
                EventTestSupport.entity(prepared, "Lima", Entity.Type.GPE, "Lima", null, "PER"),
                EventTestSupport.entity(prepared, "Quito", Entity.Type.GPE, "Quito", null, "ECU"));
        assertNull(HomeCountry.of(places));
    }

    @Test
    void anActorWithoutASectorStaysAsItIs() {
        org.warta.model.Event e = new org.warta.model.Event(0, 5, new org.warta.model.Event.Actor(null, "someone",
                null, null, null), null, "010", "01", 1, 0.0, null, null, "said",
                org.warta.model.Event.Status.ASSERTED, null, 0.5, -1, false);
        assertEquals(e, HomeCountry.placed(e, "KEN"));
    }

    @Test
    void theCountryNamedMostLeads() {
        Article prepared = EventTestSupport.prepared(KENYA, "en");
        List<Entity> entities = new ArrayList<>(kenyan(prepared));
        entities.add(new Entity(0, 3, "USA", Entity.Type.GPE, "United States", null, null, "USA", 0.9));
        assertEquals("KEN", HomeCountry.of(entities));
    }
}
