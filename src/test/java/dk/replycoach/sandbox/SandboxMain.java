package dk.replycoach.sandbox;

import java.nio.file.Path;

/**
 * Starts the sandbox: {@code scripts/sandbox} (port 2990, seeded), or for the browser tests
 * {@code --port 0} (any free port). Prints one line {@value #READY} with the URL when it serves,
 * which is what the test harness waits for, then runs until it is stopped.
 */
public final class SandboxMain {
    static final String READY = "Reply Coach sandbox ready at ";

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        // Before anything logs: the plugin's warnings on the console (the tests' logback-test.xml is silent).
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "sandbox/logback-sandbox.xml");
        }
        int port = 2990;
        boolean seed = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port":
                    port = Integer.parseInt(args[++i]);
                    break;
                case "--no-seed":
                    seed = false;
                    break;
                default:
                    System.err.println("usage: SandboxMain [--port N] [--no-seed]");
                    System.exit(2);
            }
        }
        Sandbox sandbox = new Sandbox(Path.of(System.getProperty("sandbox.root", ".")));
        long started = System.nanoTime();
        if (seed) {
            DemoData.seed(sandbox);
        }
        int bound = sandbox.start(port);
        System.out.println(READY + "http://localhost:" + bound + PageChrome.CONTEXT_PATH + "/ (127.0.0.1 only; started in "
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                sandbox.stop();
            } catch (Exception e) {
                System.err.println("sandbox: stopping failed: " + e);
            }
        }));
        Thread.currentThread().join();
    }
}
