-- wrk script for bench/search.sh: each connection's requests rotate through the query paths
-- in $SEARCH_PATHS (one URL path a line); the threads start at different places in the list.
local paths = {}
local counter = 0
local thread_no = 0

function setup(thread)
  thread_no = thread_no + 1
  thread:set("no", thread_no)
end

function init(args)
  local f = assert(io.open(os.getenv("SEARCH_PATHS"), "r"))
  for line in f:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  f:close()
  counter = ((no or 1) - 1) * 17
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
