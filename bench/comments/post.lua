-- wrk script: posts reader comments to Gazette's comment form (POST /comments), each one unique.
--
-- Usage:
--   FORM_TOKEN=... ARTICLE_ID=2 RUN_TAG=sqlite ACKED_FILE=/tmp/acked.txt \
--     wrk -t2 -c32 -d15s --latency -s post.lua http://127.0.0.1:PORT/comments
-- or pass the same values as arguments after "--":  ... post.lua URL -- TOKEN ARTICLE_ID RUN_TAG [ACKED_FILE]
--
--   FORM_TOKEN   the hidden form_token of the article page's #commentform (reusable for 2 days)
--   ARTICLE_ID   the hidden comment_post_ID of the same form
--   RUN_TAG      a word that makes this run's comments differ from any earlier run's (letters, digits, -)
--   ACKED_FILE   optional: done() writes the id of every acknowledged comment there, one a line
--
-- Every request has a comment body and an email address no other request has: thread id (assigned in
-- setup()) + per-thread counter + RUN_TAG. Gazette refuses exact duplicates with 409, so a repeated body
-- would show up as non-303 responses. Each thread counts responses by status; done() adds them up and
-- prints one machine-readable line per figure ("comments: ...").

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  table.insert(threads, thread)
  next_id = next_id + 1
end

local function setting(args, index, env)
  local value = args[index]
  if value == nil or value == "" then value = os.getenv(env) end
  return value
end

function init(args)
  token = setting(args, 1, "FORM_TOKEN")
  article = setting(args, 2, "ARTICLE_ID")
  tag = setting(args, 3, "RUN_TAG") or "run"
  if token == nil or article == nil then
    error("post.lua needs FORM_TOKEN and ARTICLE_ID (environment or wrk arguments)")
  end
  if not tag:match("^[%w%-]+$") then error("RUN_TAG may hold only letters, digits and -") end
  counter = 0      -- requests built by this thread
  answered = 0     -- responses read by this thread
  statuses = {}    -- status code (as a string) -> count
  acked = {}       -- ids of the comments this thread saw acknowledged (303 with #comment-N)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  counter = counter + 1
  local who = string.format("%s-%d-%d", tag, id, counter)
  -- only letters, digits, '-', '+' (a space) and %40 ('@'): nothing else needs encoding
  local body = "comment_post_ID=" .. article
    .. "&form_token=" .. token
    .. "&comment_parent=0"
    .. "&comment=Benchmark+comment+" .. who
    .. "+on+the+arrest+of+the+former+spy+chief+and+what+it+says+about+the+struggle+for+power+"
    .. "inside+the+security+services+Thank+you+for+the+careful+reporting"
    .. "&author=Reader+" .. who
    .. "&email=reader-" .. who .. "%40example.com"
    .. "&url="
    .. "&homepage="
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  answered = answered + 1
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  if status == 303 then
    local location = headers["Location"] or headers["location"] or ""
    local comment = location:match("#comment%-(%d+)$")
    if comment then acked[#acked + 1] = comment end
  end
end

function done(summary, latency, requests)
  local totals = {}
  local built, answered_all, acked_all = 0, 0, 0
  local file = nil
  local path = os.getenv("ACKED_FILE")
  if path ~= nil and path ~= "" then file = assert(io.open(path, "w")) end
  for _, thread in ipairs(threads) do
    local t_id = thread:get("id")
    local t_built = thread:get("counter") or 0
    local t_answered = thread:get("answered") or 0
    local t_statuses = thread:get("statuses") or {}
    local t_acked = thread:get("acked") or {}
    local parts = {}
    for status, count in pairs(t_statuses) do
      totals[status] = (totals[status] or 0) + count
      parts[#parts + 1] = status .. "=" .. count
    end
    table.sort(parts)
    print(string.format("comments: thread %d built %d answered %d acked-ids %d statuses %s",
      t_id, t_built, t_answered, #t_acked, table.concat(parts, " ")))
    built = built + t_built
    answered_all = answered_all + t_answered
    acked_all = acked_all + #t_acked
    if file then
      for _, comment in ipairs(t_acked) do file:write(comment, "\n") end
    end
  end
  if file then file:close() end
  local other = 0
  local parts = {}
  for status, count in pairs(totals) do
    if status ~= "303" then other = other + count end
    parts[#parts + 1] = status .. "=" .. count
  end
  table.sort(parts)
  print(string.format("comments: accepted_303 %d", totals["303"] or 0))
  print(string.format("comments: other_status %d", other))
  print(string.format("comments: statuses %s", #parts > 0 and table.concat(parts, " ") or "none"))
  print(string.format("comments: answered %d", answered_all))
  print(string.format("comments: built %d", built))
  print(string.format("comments: acked_ids %d", acked_all))
  print(string.format("comments: duration_us %d", summary.duration))
end
