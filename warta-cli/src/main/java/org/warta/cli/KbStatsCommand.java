package org.warta.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.warta.kb.KbEntity;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import picocli.CommandLine.Command;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Count the knowledge base's people, organisations and places, those with dated CAMEO codes, "
                + "and their names per language (* for names valid in every language), tab-separated."})
final class KbStatsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        KnowledgeBase kb = KnowledgeBase.standard();
        kb.problems().forEach(p -> System.err.println("warta kb: " + p.where() + ": " + p.message()));
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> names = new TreeMap<>();
        int dated = 0;
        for (KbEntity e : kb.entities()) {
            byType.merge(label(e), 1, Integer::sum);
            dated += e.tenures().isEmpty() ? 0 : 1;
            e.names().forEach((lang, list) -> names.merge(lang, list.size(), Integer::sum));
        }
        System.out.println("entities\t" + kb.size());
        byType.forEach((type, n) -> System.out.println(type + "\t" + n));
        System.out.println("people with dated CAMEO codes\t" + dated);
        names.forEach((lang, n) -> System.out.println("names " + lang + "\t" + n));
        return kb.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static String label(KbEntity e) {
        return switch (e.type() == null ? Entity.Type.ORG : e.type()) {
            case PERSON -> "people";
            case ORG -> "organisations";
            case GPE, LOC -> "places (" + (e.kind() == null ? "other" : e.kind()) + ")";
        };
    }
}
