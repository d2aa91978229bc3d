package org.warta.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warta.kb.KbEntity;
import org.warta.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Print the entities that have a name (any language, any case), as knowledge-base blocks.")
final class KbLookupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Name to look up.")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        String name = String.join(" ", words).toLowerCase(Locale.ROOT);
        KnowledgeBase kb = KnowledgeBase.standard();
        kb.problems().forEach(p -> System.err.println("warta kb: " + p.where() + ": " + p.message()));
        int found = 0;
        java.io.Writer out = new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8);
        for (KbEntity e : kb.entities()) {
            boolean match = e.id().equalsIgnoreCase(name);
            for (String n : e.allNames()) {
                match |= n.toLowerCase(Locale.ROOT).equals(name);
            }
            if (match) {
                org.warta.kb.KbFormat.write(e, out);
                found++;
            }
        }
        out.flush();
        System.err.println("warta kb lookup: " + found + " of " + kb.size() + " entities");
        return found > 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
