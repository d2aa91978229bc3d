package org.warta.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "langid", mixinStandardHelpOptions = true,
        description = "Language identification accuracy on lingua-testdata and id-ms-news.")
final class EvalLangidCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("warta eval langid: not built yet");
        return ExitCodes.INTERNAL;
    }
}
