-- wrk script: each request registers a new person (unique e-mail per thread and request);
-- each thread stops after its share of the burst.
local counter = 0
local thread_id = 0
local quota = tonumber(os.getenv("BURST_PER_THREAD") or "5000")
local done = 0
local statuses = {}

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local body = string.format('{"email":"p%d-%d@bench.test","name":"Bench %d","lang":"ja","time_zone":"Asia/Tokyo"}', id, counter, counter)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  done = done + 1
  if done >= quota then
    wrk.thread:stop()
  end
end
