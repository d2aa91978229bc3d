package org.warta.cli;

import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.clean.TemplateLines;
import org.warta.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** Whether a run takes out the lines an article shares with many other articles of its outlet in the input. */
final class TemplateOption {
    @Option(names = "--no-templates",
            description = "Keep lines that recur across many articles of one outlet in the input (menus, prompts, "
                    + "dated byline frames); by default they are taken out with the reason 'template'.")
    boolean off;

    /** The run's template memory, or null when turned off. */
    TemplateLines lines() {
        return off ? null : new TemplateLines();
    }

    /** The run's pipeline: with its own template memory unless turned off. */
    Pipeline pipeline(WartaOptions options) {
        return off ? Warta.pipeline(options) : Warta.pipeline(options, new TemplateLines());
    }
}
