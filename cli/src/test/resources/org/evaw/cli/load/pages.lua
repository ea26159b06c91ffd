-- wrk script: each request asks, in turn, for the HTML page of one kind of resource of the bundled
-- corpus, and for one resource IRI, which answers 303 to its page (wrk counts 3xx as success).
local paths = {
  "/page/agency/unfpa",
  "/page/country/vnm",
  "/page/resolution/a-res-65-228",
  "/page/activity/001-62342d8e6123a918-12",
  "/page/graph/001-62342d8e6123a918",
  "/id/agency/unodc",
}
local i = 0

request = function()
  i = (i % #paths) + 1
  return wrk.format("GET", paths[i], { ["Accept"] = "text/html" })
end
