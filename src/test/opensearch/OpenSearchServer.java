import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node for TwoNodesOnOpenSearchTest, run by Java 21+ from source
 * ({@code java -cp <classpath of pom.xml here> OpenSearchServer.java <http port> <directory>}).
 * Prints "READY" once the cluster is yellow and stops when its standard input closes, so it
 * ends with the test JVM that started it.
 */
public class OpenSearchServer {

	public static void main(String[] args) throws Exception {
		var port = Integer.parseInt(args[0]);
		var runner = new OpenSearchRunner();
		runner.onBuild((number, settings) -> {
			settings.put("http.port", port);
			settings.put("transport.port", port + 1);
			settings.put("discovery.type", "single-node");
			settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
		})
			.build(OpenSearchRunner.newConfigs()
				.basePath(args[1])
				.numOfNode(1)
				.clusterName("lccp-test")
				.printOnFailure()
				.disableESLogger());
		runner.ensureYellow();
		System.out.println("READY");
		System.out.flush();
		try {
			while (System.in.read() >= 0) {
				// wait for the end of input
			}
		}
		finally {
			runner.close();
			runner.clean();
		}
	}

}
