-- One client flooding the endpoint with an expensive query: a COUNT over a three-way cross product.
-- Each response's status is counted, per thread, and the totals printed at the end as
-- "status CODE: N" lines, so that the test can tell the refused (429) from the admitted.
wrk.method = "GET"
wrk.headers["User-Agent"] = "flood/1.0"
wrk.path = "/evaw/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%20%3Fa%20%3Fp%20%3Fb%20.%20%3Fc%20%3Fq%20%3Fd%20.%20%3Fe%20%3Fr%20%3Ff%20%7D"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  for status, n in pairs(total) do
    io.write(string.format("status %d: %d\n", status, n))
  end
end
