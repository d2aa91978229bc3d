package org.warta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.pipeline.Budget;
import org.warta.server.WartaServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
                "Serve the web page and the HTTP API (docs/api.md) over the index in the data directory.",
                "Read-only unless a bearer token is given through WARTA_TOKEN or --token-file; then POST /api/articles "
                        + "processes and stores articles. Stop with Ctrl-C."
        })
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind to (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "warta-data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the bearer token that allows POST /api/articles (else WARTA_TOKEN).")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        String token = System.getenv("WARTA_TOKEN");
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile).strip();
            } catch (IOException e) {
                System.err.println("warta serve: cannot read the token file " + tokenFile + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        WartaServer.Config config = WartaServer.Config.defaults().withHost(host).withPort(port).withToken(token);
        return serve(data, config, budget.budget());
    }

    /** Opens the index, serves it until the process is stopped, then commits and closes it. */
    static int serve(Path data, WartaServer.Config config) throws InterruptedException {
        return serve(data, config, Budget.DEFAULT);
    }

    /** As {@link #serve(Path, WartaServer.Config)}, with each POSTed record held to {@code budget}. */
    static int serve(Path data, WartaServer.Config config, Budget budget) throws InterruptedException {
        return serve(data, config, budget, "");
    }

    /** As {@link #serve(Path, WartaServer.Config, Budget)}, printing the address of one view of the page. */
    static int serve(Path data, WartaServer.Config config, Budget budget, String view) throws InterruptedException {
        ArticleIndex index = ArticleIndex.open(data);
        WartaServer server;
        try {
            server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults().withBudget(budget)), config);
        } catch (RuntimeException e) {
            index.close();
            System.err.println("warta serve: cannot listen on " + config.host() + ":" + config.port() + ": "
                    + rootMessage(e) + " (choose another --port)");
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            index.close();
            stopped.countDown();
        }));
        System.err.println("warta: serving " + index.count() + " articles from " + index.dataDir()
                + (server.readOnly() ? " (read-only)" : " (POST /api/articles accepts articles with the bearer token)"));
        System.out.println("Open " + server.url() + view);
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
