package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// Nagios and Icinga 1 write their event log as "[EPOCH] EVENT: f1;f2;...": the event says
// what each field is. nagiosEvents lists, per event, the fields that hold the contact (a
// user) and the host; the plugin's output and a comment are text and scanned as such.
// External commands name their host first and their author near the end.
var nagiosEvents = map[string]map[int]string{
	"SERVICE NOTIFICATION":       {0: categories.Username, 1: categories.Hostname},
	"HOST NOTIFICATION":          {0: categories.Username, 1: categories.Hostname},
	"SERVICE ALERT":              {0: categories.Hostname},
	"HOST ALERT":                 {0: categories.Hostname},
	"CURRENT SERVICE STATE":      {0: categories.Hostname},
	"CURRENT HOST STATE":         {0: categories.Hostname},
	"SERVICE FLAPPING ALERT":     {0: categories.Hostname},
	"HOST FLAPPING ALERT":        {0: categories.Hostname},
	"SERVICE DOWNTIME ALERT":     {0: categories.Hostname},
	"HOST DOWNTIME ALERT":        {0: categories.Hostname},
	"PASSIVE SERVICE CHECK":      {0: categories.Hostname},
	"PASSIVE HOST CHECK":         {0: categories.Hostname},
	"SERVICE EVENT HANDLER":      {0: categories.Hostname},
	"HOST EVENT HANDLER":         {0: categories.Hostname},
	"INITIAL HOST STATE":         {0: categories.Hostname},
	"INITIAL SERVICE STATE":      {0: categories.Hostname},
	"ACKNOWLEDGE_SVC_PROBLEM":    {0: categories.Hostname, 5: categories.Username},
	"ACKNOWLEDGE_HOST_PROBLEM":   {0: categories.Hostname, 4: categories.Username},
	"SCHEDULE_HOST_DOWNTIME":     {0: categories.Hostname, 6: categories.Username},
	"SCHEDULE_SVC_DOWNTIME":      {0: categories.Hostname, 7: categories.Username},
	"ADD_HOST_COMMENT":           {0: categories.Hostname, 2: categories.Username},
	"ADD_SVC_COMMENT":            {0: categories.Hostname, 3: categories.Username},
	"SCHEDULE_FORCED_SVC_CHECK":  {0: categories.Hostname},
	"SCHEDULE_FORCED_HOST_CHECK": {0: categories.Hostname},
}

// nagiosFields rewrites the contact, host and author fields of a Nagios event line and
// reports whether s was one.
func (w *worker) nagiosFields(s []byte, base int) bool {
	if len(s) < 16 || s[0] != '[' {
		return false
	}
	close := bytes.IndexByte(s[:min(len(s), 16)], ']')
	if close < 2 || close+2 >= len(s) || s[close+1] != ' ' || !isDigitsOnly(s[1:close]) {
		return false
	}
	at := close + 2
	colon := bytes.IndexByte(s[at:min(len(s), at+40)], ':')
	if colon < 0 || at+colon+2 > len(s) {
		return false
	}
	event := s[at : at+colon]
	fields := at + colon + 2
	if string(event) == "EXTERNAL COMMAND" {
		// EXTERNAL COMMAND: ACKNOWLEDGE_SVC_PROBLEM;host;...
		semi := bytes.IndexByte(s[fields:], ';')
		if semi < 0 {
			return false
		}
		event = s[fields : fields+semi]
		fields += semi + 1
	}
	cols, ok := nagiosEvents[string(event)]
	if !ok {
		return false
	}
	for c, start := 0, fields; start <= len(s); c++ {
		end := bytes.IndexByte(s[start:], ';')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if cat := cols[c]; cat != "" && end > start {
			w.contextValue(cat, s, start, end, base)
		}
		start = end + 1
	}
	return true
}
