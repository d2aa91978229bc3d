package org.warta.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.clean.TemplateLines;
import org.warta.clean.TemplateStage;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;
import org.warta.story.StoryMemory;
import org.warta.story.StoryStage;

/**
 * The pipeline {@code warta process} runs, cut around its stages with a memory of the run ({@code template},
 * {@code stories}), which the job does as steps of their own across the cluster. Built once per executor JVM and
 * shared by its tasks (language data, knowledge base and models are loaded once); each task takes parts with timings
 * of its own ({@link #forTask}).
 */
final class JobPipeline {
    private static final Map<SparkProcess.Options, Pipeline.Cut> BUILT = new HashMap<>();

    private final Pipeline.Cut cut;
    private final Stage templates;
    private final Stage stories;
    /** Time this task spent in the steps the job runs outside the parts: the template and story stages. */
    private final Map<String, Long> steps = new HashMap<>();

    private JobPipeline(Pipeline.Cut cut) {
        this.cut = cut;
        this.templates = stage(cut, TemplateStage.NAME);
        this.stories = stage(cut, StoryStage.NAME);
    }

    /** This JVM's pipeline for the job's options, with timings of this task's own. */
    static JobPipeline forTask(SparkProcess.Options options) {
        Pipeline.Cut shared;
        synchronized (BUILT) {
            shared = BUILT.computeIfAbsent(options, JobPipeline::build);
        }
        return new JobPipeline(new Pipeline.Cut(shared.parts().stream().map(p -> p.withBudget(p.budget())).toList(),
                shared.stages()));
    }

    private static Pipeline.Cut build(SparkProcess.Options options) {
        Pipeline whole = Pipelines.standard(new WartaOptions(options.referenceDate(), null),
                options.templates() ? new TemplateLines() : null, options.stories() ? new StoryMemory() : null);
        Pipeline.Cut cut = whole.cut(Set.of(TemplateStage.NAME, StoryStage.NAME));
        // an article is written as soon as its story is known: the story stage must be the last
        if (options.stories() && !cut.parts().get(cut.parts().size() - 1).stages().isEmpty()) {
            throw new IllegalStateException("the job runs no stage after the story stage, but the pipeline has "
                    + cut.parts().get(cut.parts().size() - 1).stageNames());
        }
        return cut;
    }

    private static Stage stage(Pipeline.Cut cut, String name) {
        return cut.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** The stages the template stage follows (extracting and cleaning); null when the job has no template stage. */
    Pipeline beforeTemplates() {
        return templates == null ? null : cut.parts().get(0);
    }

    /** The template stage, or null when the job has none. */
    Stage templates() {
        return templates;
    }

    /** The stages after the template stage (or from the start) up to the story stage (or to the end). */
    Pipeline analysis() {
        return cut.parts().get(templates == null ? 0 : 1);
    }

    /** The story stage, or null when the job has none. */
    Stage stories() {
        return stories;
    }

    /** Counts {@code nanos} more in the stage {@code name}, for the work of a stage the job runs outside the parts. */
    void time(String name, long nanos) {
        steps.merge(name, nanos, Long::sum);
    }

    /** Time spent in each stage by this task, in nanoseconds. */
    Map<String, Long> timings() {
        Map<String, Long> out = new HashMap<>(steps);
        List<Pipeline> parts = cut.parts();
        parts.forEach(p -> p.timings().forEach((stage, nanos) -> out.merge(stage, nanos, Long::sum)));
        return out;
    }
}
