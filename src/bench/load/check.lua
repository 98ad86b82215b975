-- wrk script: the comment panel's draft check against the sandbox, as an agent typing a Danish
-- reply to an angry customer (the customer's last comment is looked up on the issue).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "rc-sandbox-user=lead"
wrk.body = '{"text":"Hej Karen,\\n\\nJeg kan godt forstå, at du er utilfreds, men pakken blev sendt til den adresse, du selv har skrevet. Som jeg allerede har skrevet, skal du bare kontakte fragtfirmaet. Det er vores politik, at vi ikke refunderer, når pakken er leveret!!\\n\\nMed venlig hilsen\\nLise","issueKey":"SD-1","draftId":"load-1"}'

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors (non-2xx, socket) %d, %d\n", summary.requests,
      summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("throughput %.0f req/s\n", summary.requests / (summary.duration / 1e6)))
  for _, p in pairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
