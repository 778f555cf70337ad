-- wrk script: prints p50/p95/p99 latency in ms and requests per second as one line
done = function(summary, latency, requests)
  io.write(string.format("p50=%.1fms p95=%.1fms p99=%.1fms rps=%.0f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
