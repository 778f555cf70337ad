-- wrk script for the knowledge hub search page: rotates through a set of queries against /search and
-- prints client-side p50/p95/p99 and requests/s, plus the server-side search time that the page reports
-- ("N found (T ms)": KnowledgeSearch alone, without rendering) and the mean number of hits.
-- Usage: wrk -t1 -c1 -d15s --latency -s bench/knowledge/search.lua http://localhost:8093 -- SET
-- SET: one-latin, one-cjk, three-latin, three-cjk, facet, mixed (all of them).

local sets = {}

-- One word: English, Russian (inflected forms), Mongolian, and typos for the fuzzy match.
sets["one-latin"] = {
  "q=energy", "q=transport", "q=bicycle", "q=hydrogen", "q=recycling", "q=flood", "q=insulation", "q=bond",
  "q=энергия", "q=транспорта", "q=отходов", "q=велосипед", "q=водород", "q=наводнения",
  "q=тээвэр", "q=барилга", "q=нүүрс", "q=устөрөгч", "q=emisions", "q=bicycel",
}
-- One word: Chinese two-character words, Japanese, Korean.
sets["one-cjk"] = {
  "q=能源", "q=交通", "q=排放", "q=回收", "q=氢能", "q=洪水", "q=森林", "q=债券",
  "q=エネルギー", "q=交通", "q=自転車", "q=水素", "q=リサイクル", "q=断熱",
  "q=에너지", "q=교통", "q=자전거", "q=수소", "q=재활용", "q=홍수",
}
sets["three-latin"] = {
  "q=energy efficiency buildings", "q=bicycle railway bus", "q=flood river resilience",
  "q=solar wind electricity", "q=finance bond investment", "q=waste recycling landfill",
  "q=энергия эффективность здания", "q=отходы переработка экономика", "q=река наводнение адаптация",
  "q=тээвэр автобус дугуй", "q=нарны салхины цахилгаан",
}
sets["three-cjk"] = {
  "q=能源 交通 城市", "q=回收 循环 经济", "q=洪水 河流 适应", "q=太阳能 风电 电力",
  "q=自転車 鉄道 バス", "q=洪水 河川 適応", "q=断熱 暖房 照明",
  "q=에너지 효율 건물", "q=자전거 철도 버스", "q=금융 채권 투자",
}
-- Words plus facets (and facets alone: the lists of one kind, newest first).
sets["facet"] = {
  "q=energy&country=KR&kind=CASE_STUDY", "q=交通&country=CN", "q=水素&kind=PUBLICATION&year=2015",
  "q=에너지&city=Seoul", "q=транспорт&country=RU&sector=TRANSPORT",
  "q=flood river&category=NATURE_BASED_SOLUTIONS", "q=energy efficiency buildings&country=JP&kind=POLICY",
  "q=bicycle&language=en&sort=date", "q=тээвэр&country=MN&kind=NEWS", "q=回收&sector=WASTE&year=2020",
  "kind=NEWS&country=MN", "kind=CASE_STUDY&category=CIRCULAR_ECONOMY&year=2018",
}

local function encode(query)
  -- encode each value, keep the separators
  return (query:gsub("([^&=]+)", function(part)
    return (part:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
  end))
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  local name = args[1] or "mixed"
  paths = {}
  for set, queries in pairs(sets) do
    if name == "mixed" or name == set then
      for _, q in ipairs(queries) do
        table.insert(paths, "/search?" .. encode(q))
      end
    end
  end
  if #paths == 0 then
    error("unknown query set " .. name)
  end
  table.sort(paths)
  index = (id or 1) * 7
  took = {}
  hits = 0
  found = 0
  bad = 0
end

function request()
  index = index + 1
  return wrk.format("GET", paths[(index % #paths) + 1])
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
    return
  end
  local count, ms = body:match("<p>([%d,]+) found %((%d+) ms%)</p>")
  if ms then
    table.insert(took, tonumber(ms))
    found = found + 1
    hits = hits + tonumber((count:gsub(",", "")))
  end
end

local function percentile(sorted, p)
  if #sorted == 0 then return 0 end
  local i = math.ceil(#sorted * p / 100)
  if i < 1 then i = 1 end
  return sorted[i]
end

function done(summary, latency, requests)
  local all = {}
  local total_hits, total_found, total_bad = 0, 0, 0
  for _, thread in ipairs(threads) do
    for _, v in ipairs(thread:get("took")) do table.insert(all, v) end
    total_hits = total_hits + thread:get("hits")
    total_found = total_found + thread:get("found")
    total_bad = total_bad + thread:get("bad")
  end
  table.sort(all)
  io.write(string.format(
    "p50=%.1fms p95=%.1fms p99=%.1fms rps=%.1f errors=%d non200=%d | search p50=%dms p95=%dms p99=%dms n=%d mean_hits=%.0f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    total_bad, percentile(all, 50), percentile(all, 95), percentile(all, 99), #all,
    (total_found > 0) and total_hits / total_found or 0))
end
