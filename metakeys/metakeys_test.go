package metakeys

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

// knownCategories is the list of category names siemanon knows (package categories), kept
// here by hand because metakeys must not import it.
var knownCategories = []string{
	"ipv4", "ipv6", "mac", "email", "domain", "hostname", "url", "username", "fullname",
	"organization", "path", "geo", "sid", "secret", "time", "ip", "address",
	"phone", "card", "iban", "nationalid", "deviceid", "coordinate",
}

func mustProfile(t testing.TB, name string) *Profile {
	t.Helper()
	p, ok := ByName(name)
	if !ok {
		t.Fatalf("no built-in profile %q", name)
	}
	return p
}

func TestBuiltinNamesSorted(t *testing.T) {
	var names []string
	for _, p := range Builtin() {
		names = append(names, p.Name)
		if p.Description == "" {
			t.Errorf("%s has no description", p.Name)
		}
		if len(p.Signatures()) == 0 {
			t.Errorf("%s has no detect paths", p.Name)
		}
	}
	want := []string{"auth0", "cloudtrail", "ecs", "fhir", "k8s-audit", "netwitness", "okta", "qradar", "sentinelone", "sophos-central", "telegram", "whatsapp", "winlog", "zeek"}
	if !slices.Equal(names, want) {
		t.Errorf("Builtin() names = %v, want %v", names, want)
	}
	if _, ok := ByName("nope"); ok {
		t.Error(`ByName("nope") found a profile`)
	}
}

func TestEveryCategoryIsKnown(t *testing.T) {
	for _, p := range Builtin() {
		for _, f := range p.Fields() {
			if f.Category != none && !slices.Contains(knownCategories, f.Category) {
				t.Errorf("%s: %s has category %q, not one of %v", p.Name, f.Path, f.Category, knownCategories)
			}
		}
	}
	for _, c := range categoryNames {
		if c != none && !slices.Contains(knownCategories, c) {
			t.Errorf("categoryNames has %q, which siemanon does not know", c)
		}
	}
}

func TestCategory(t *testing.T) {
	tests := []struct {
		profile, path, want string // want "" means not named
	}{
		// ecs: nested and dotted forms arrive as the same joined path
		{"ecs", "source.ip", "ip"},
		{"ecs", "source.nat.ip", "ip"},
		{"ecs", "ip", "ip"},
		{"ecs", "threat.enrichments.indicator.ip", "ip"},
		{"ecs", "related.ip", "ip"},
		{"ecs", "related.user", "username"},
		{"ecs", "related.hosts", "hostname"},
		{"ecs", "user.name", "username"},
		{"ecs", "source.user.name", "username"},
		{"ecs", "process.parent.user.name", "username"},
		{"ecs", "user.target.name", "username"},
		{"ecs", "user.full_name", "fullname"},
		{"ecs", "user.email", "email"},
		{"ecs", "user.domain", "domain"},
		{"ecs", "user.id", "sid"},
		{"ecs", "user.group.name", ""},
		{"ecs", "destination.address", "address"},
		{"ecs", "email.from.address", "email"},
		{"ecs", "email.to.address", "email"},
		{"ecs", "threat.indicator.email.address", "email"},
		{"ecs", "host.name", "hostname"},
		{"ecs", "host.hostname", "hostname"},
		{"ecs", "observer.mac", "mac"},
		{"ecs", "client.registered_domain", "domain"},
		{"ecs", "client.registrated_domain", "domain"},
		{"ecs", "url.subdomain", "domain"},
		{"ecs", "url.top_level_domain", ""},
		{"ecs", "client.geo.city_name", "geo"},
		{"ecs", "threat.indicator.geo.country_name", "geo"},
		{"ecs", "client.geo.country_iso_code", ""},
		{"ecs", "url.full", "url"},
		{"ecs", "url.password", "secret"},
		{"ecs", "url.path", ""},
		{"ecs", "file.path", "path"},
		{"ecs", "log.file.path", "path"},
		{"ecs", "process.parent.executable", "path"},
		{"ecs", "process.command_line", ""},
		{"ecs", "dns.answers.data", "address"},
		{"ecs", "tls.server.x509.subject.common_name", "hostname"},
		{"ecs", "tls.client.x509.subject.common_name", "fullname"},
		{"ecs", "agent.name", "hostname"},
		{"ecs", "winlog.event_data.TargetUserName", "username"},
		{"ecs", "winlog.user_data.SubjectUserName", "username"},
		{"ecs", "winlog.event_data.IpAddress", "ip"},
		{"ecs", "winlog.computer_name", "hostname"},
		{"ecs", "winlog.event_data.targetusername", ""}, // ECS is case-sensitive
		{"ecs", "Source.IP", ""},
		{"ecs", "message", ""},
		{"ecs", "", ""},
		// netwitness: flat dotted names, any case
		{"netwitness", "ip.src", "ip"},
		{"netwitness", "IP.SRC", "ip"},
		{"netwitness", "user.dst", "username"},
		{"netwitness", "alias.host", "hostname"},
		{"netwitness", "SourceMac", "mac"},
		{"netwitness", "sourcemac", "mac"},
		{"netwitness", "ip.src.extra", ""},
		{"netwitness", "meta.ip.src", ""},
		// qradar: AQL names, any case
		{"qradar", "sourceip", "ip"},
		{"qradar", "sourceIP", "ip"},
		{"qradar", "identityHostName", "hostname"},
		{"qradar", "userName", "username"},
		{"qradar", "cs(Referer)", "url"},
		{"qradar", "Destination", ""},
		// winlog: any depth, any case
		{"winlog", "TargetUserName", "username"},
		{"winlog", "EventData.TargetUserName", "username"},
		{"winlog", "event_data.WorkstationName", "hostname"},
		{"winlog", "winlog.event_data.IpAddress", "ip"},
		{"winlog", "Event.EventData.targetdomainname", "domain"},
		{"winlog", "SubjectUserSid", "sid"},
		{"winlog", "Hostname", "hostname"},
		{"winlog", "CommandLine", ""},
		// vendors
		{"k8s-audit", "user.username", "username"},
		{"k8s-audit", "impersonatedUser.username", "username"},
		{"k8s-audit", "sourceIPs", "ip"},
		{"k8s-audit", "user.groups", ""},
		{"cloudtrail", "sourceIPAddress", "address"},
		{"cloudtrail", "userIdentity.userName", "username"},
		{"cloudtrail", "Records.userIdentity.userName", "username"},
		{"cloudtrail", "userIdentity.sessionContext.sessionIssuer.userName", "username"},
		{"cloudtrail", "recipientAccountId", ""},
		{"okta", "actor.alternateId", "email"},
		{"okta", "actor.displayName", "fullname"},
		{"okta", "client.ipAddress", "ip"},
		{"okta", "request.ipChain.ip", "ip"},
		{"okta", "client.geographicalContext.city", "geo"},
		{"auth0", "data.ip", "ip"},
		{"auth0", "data.user_name", "username"},
		{"auth0", "data.details.request.auth.user.email", "email"},
		{"auth0", "data.details.request.body.email", "email"},
		{"auth0", "data.details.body.password", "secret"},
		{"auth0", "data.details.request.body.refresh_token.rotation_type", ""},
		{"zeek", "id.orig_h", "ip"},
		{"zeek", "id.resp_h", "ip"},
		{"zeek", "query", "domain"},
		{"zeek", "host", "hostname"},
		{"zeek", "uri", ""},
		{"zeek", "san.dns", "hostname"},
	}
	for _, tt := range tests {
		p := mustProfile(t, tt.profile)
		got, ok := p.Category([]byte(tt.path))
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("%s.Category(%q) = %q, %v; want %q", tt.profile, tt.path, got, ok, tt.want)
		}
	}
}

func TestCategoryLongPath(t *testing.T) {
	p := mustProfile(t, "netwitness")
	long := strings.Repeat("x.", 400) + "IP.SRC"
	if _, ok := p.Category([]byte(long)); ok {
		t.Errorf("a long unrelated path matched")
	}
	w := mustProfile(t, "winlog")
	if got, _ := w.Category([]byte(strings.Repeat("Wrapper.", 100) + "TargetUserName")); got != "username" {
		t.Errorf("long winlog path = %q, want username", got)
	}
}

func TestDetects(t *testing.T) {
	tests := []struct {
		profile, path string
		want          bool
	}{
		{"ecs", "ecs.version", true},
		{"ecs", "ecs", false},
		{"ecs", "ecs.versions", false},
		{"winlog", "winlog.event_data.TargetUserName", true},
		{"winlog", "EVENTID", true},
		{"winlog", "EventData.SubjectUserName", true},
		{"winlog", "winlog.channel", false},
		{"netwitness", "ip.src", true},
		{"netwitness", "Alias.Host", true},
		{"qradar", "qid", true},
		{"qradar", "QIDNAME_QID", true},
		{"cloudtrail", "userIdentity.type", true},
		{"cloudtrail", "Records.userIdentity.arn", true},
		{"k8s-audit", "auditID", true},
		{"okta", "actor.alternateId", true},
		{"auth0", "data.log_id", true},
		{"auth0", "log_id", false},
		{"zeek", "id.orig_h", true},
		{"zeek", "id", false},
	}
	for _, tt := range tests {
		if got := mustProfile(t, tt.profile).Detects([]byte(tt.path)); got != tt.want {
			t.Errorf("%s.Detects(%q) = %v, want %v", tt.profile, tt.path, got, tt.want)
		}
	}
}

// TestWildcardPrecedence checks the rules stated in doc.go.
func TestWildcardPrecedence(t *testing.T) {
	src := `# name: prec
**.ip	ip	
*.ip	ipv4	
source.*	hostname	
*.*.city	geo	
**.x.city	url	
a.*.c	path	
*.b.c	sid	
source.ip	none	exact beats every wildcard
n.ip	ipv6	
`
	p, err := Parse(strings.NewReader(src), "prec.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, want string }{
		{"source.ip", ""},           // exact row of category none
		{"n.ip", "ipv6"},            // exact
		{"dest.ip", "ipv4"},         // *.ip over **.ip: same literals, no **
		{"a.dest.ip", "ip"},         // only **.ip matches
		{"ip", "ip"},                // ** matches zero segments
		{"source.port", "hostname"}, // source.* alone
		{"y.x.city", "url"},         // **.x.city has two literals, *.*.city one
		{"y.z.city", "geo"},
		{"a.b.c", "path"}, // same literals: a.*.c's first wildcard comes later than *.b.c's
	}
	for _, tt := range tests {
		got, _ := p.Category([]byte(tt.path))
		if got != tt.want {
			t.Errorf("Category(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"bad category", "# name: x\nsource.ip\tip\n\nuser.name\tuser\tnote\n", 4, `unknown category "user"`},
		{"missing tab", "# name: x\nsource.ip ip\n", 2, "has no tab"},
		{"unknown extends", "# name: x\n# extends: splunk\nsource.ip\tip\n", 2, `extends unknown profile "splunk"`},
		{"duplicate", "a.b\tip\nc\tmac\na.b\tmac\n", 3, "already on line 1"},
		{"case duplicate", "# case: insensitive\nA.b\tip\na.B\tmac\n", 3, "same path"},
		{"bad case", "# case: maybe\n", 1, "want sensitive or insensitive"},
		{"deep in the middle", "a.**.b\tip\n", 1, "may only start"},
		{"partial star", "a.b*\tip\n", 1, "whole segment"},
		{"empty segment", "a..b\tip\n", 1, "empty segment"},
		{"only deep", "**\tip\n", 1, "every key"},
		{"bad detect", "# detect: a..b\n", 1, "detect"},
		{"bad name", "# name: two words\n", 1, "bad profile name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.src), "user.tsv")
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if pe.Line != tt.line || pe.Source != "user.tsv" || !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("err = %v, want user.tsv:%d: ...%s...", err, tt.line, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "user.tsv:") {
				t.Errorf("message %q does not start with the file name", err)
			}
		})
	}
}

func TestParseStandalone(t *testing.T) {
	src := "\uFEFF# description: our app\r\n# detect: acme.tenant other.key\r\n\r\n# a comment: with a colon is ignored\r\nacme.login\tusername\tSSO login\r\nacme.*.ws\thostname\r\n"
	p, err := Parse(strings.NewReader(src), "/etc/siemanon/acme.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "acme" || p.Description != "our app" || p.Extends() != "" || p.CaseInsensitive() {
		t.Errorf("got name %q description %q extends %q insensitive %v", p.Name, p.Description, p.Extends(), p.CaseInsensitive())
	}
	if got, _ := p.Category([]byte("acme.login")); got != "username" {
		t.Errorf("acme.login = %q", got)
	}
	if got, _ := p.Category([]byte("acme.x.ws")); got != "hostname" {
		t.Errorf("acme.x.ws = %q", got)
	}
	if !p.Detects([]byte("other.key.deeper")) || p.Detects([]byte("other")) {
		t.Error("detect paths wrong")
	}
	want := []Field{{"acme.login", "username", "SSO login"}, {"acme.*.ws", "hostname", ""}}
	if !slices.Equal(p.Fields(), want) {
		t.Errorf("Fields() = %v, want %v", p.Fields(), want)
	}
}

func TestParseExtends(t *testing.T) {
	src := `# extends: ecs
# detect: acme.tenant
acme.login	username	our SSO login
agent.name	none	our agent names are product names
source.ip	ipv4	we only have IPv4
`
	p, err := Parse(strings.NewReader(src), "acme.tsv")
	if err != nil {
		t.Fatal(err)
	}
	base := mustProfile(t, "ecs")
	if p.Name != "ecs" || p.Extends() != "ecs" || p.Description != base.Description {
		t.Errorf("name %q extends %q description %q", p.Name, p.Extends(), p.Description)
	}
	if n, m := len(p.Fields()), len(base.Fields())+2; n != m {
		t.Errorf("%d rows, want %d", n, m)
	}
	for path, want := range map[string]string{
		"acme.login": "username", "agent.name": "", "source.ip": "ipv4",
		"destination.ip": "ip", "user.name": "username",
	} {
		if got, _ := p.Category([]byte(path)); got != want {
			t.Errorf("Category(%q) = %q, want %q", path, got, want)
		}
	}
	if !p.Detects([]byte("acme.tenant")) || !p.Detects([]byte("ecs.version")) {
		t.Error("detect paths were not merged")
	}
	// The built-in is untouched.
	if got, _ := base.Category([]byte("agent.name")); got != "hostname" {
		t.Errorf("built-in ecs changed: agent.name = %q", got)
	}
}

func TestParseExtendsCaseRule(t *testing.T) {
	p, err := Parse(strings.NewReader("# name: myq\n# extends: qradar\nAcmeUser\tusername\n"), "q.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !p.CaseInsensitive() || p.Name != "myq" {
		t.Fatalf("insensitive %v name %q", p.CaseInsensitive(), p.Name)
	}
	for _, path := range []string{"acmeuser", "SOURCEIP"} {
		if _, ok := p.Category([]byte(path)); !ok {
			t.Errorf("%s not found", path)
		}
	}
	// An override differing only in case replaces the built-in row.
	p, err = Parse(strings.NewReader("# extends: qradar\nSourceIP\tipv4\n"), "q.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := p.Category([]byte("sourceip")); got != "ipv4" {
		t.Errorf("sourceip = %q, want ipv4", got)
	}
}

// TestWinlogInECS keeps the ECS copy of the Windows event data names in step with winlog.
func TestWinlogInECS(t *testing.T) {
	ecs, winlog := mustProfile(t, "ecs"), mustProfile(t, "winlog")
	for _, f := range winlog.Fields() {
		name, ok := strings.CutPrefix(f.Path, "**.")
		if !ok {
			continue
		}
		for _, path := range []string{"winlog.event_data." + name, "winlog.user_data." + name} {
			got, found := ecs.Category([]byte(path))
			want := f.Category
			if want == none {
				want = ""
			}
			if got != want || found != (want != "") {
				t.Errorf("ecs %s = %q, winlog **.%s = %q", path, got, name, f.Category)
			}
		}
	}
}

// seedChanges are the seed's rows this package maps differently on purpose.
var seedChanges = map[string]string{
	"ecs agent.id":          "an opaque agent id; the seed's category id is no category",
	"ecs service.name":      "a service name is not personal data; the seed's category service is no category",
	"qradar cs(User-Agent)": "software, not a person; the seed's category useragent is no category",
	"qradar Destination":    "the seed's unclassified: mapped to none, scanned as raw text",
}

// TestSeedCovered checks that every key of the seed's table is in its profile with the same
// category, or is a documented change. The seed is read from ../shared when present.
func TestSeedCovered(t *testing.T) {
	f, err := os.Open("../../shared/metakeys/seed-metakeys.tsv")
	if err != nil {
		t.Skipf("seed table not present: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "profile\t") || line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			t.Fatalf("seed line %q", line)
		}
		n++
		profile, key, cat := cols[0], cols[1], cols[2]
		p := mustProfile(t, profile)
		got, _ := p.Category([]byte(key))
		if why := seedChanges[profile+" "+key]; why != "" {
			if got == cat {
				t.Errorf("%s %s: listed as a change but maps to the seed's %q", profile, key, cat)
			}
			continue
		}
		if got != cat {
			t.Errorf("%s %s = %q, seed has %q", profile, key, got, cat)
		}
	}
	if n < 150 {
		t.Errorf("read only %d seed rows", n)
	}
}

// TestCorpusPaths walks the JSON records of the shared corpus (auth0, windows-security) and
// checks that every value the truth lists is found at a path that a detected profile names.
func TestCorpusPaths(t *testing.T) {
	f, err := os.Open("../../shared/corpus/truth.ndjson")
	if err != nil {
		t.Skipf("corpus not present: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	total, found := 0, 0
	missing := map[string]int{}
	for sc.Scan() {
		var rec struct {
			Source string
			Line   string
			Origin string `json:"line_origin"`
			Truth  []struct{ Category, Value, Field string }
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Origin != "reserialized" {
			continue
		}
		var doc any
		if err := json.Unmarshal([]byte(rec.Line), &doc); err != nil {
			t.Fatal(err)
		}
		leaves := map[string][]string{} // value -> paths
		walk(doc, "", func(path, v string) { leaves[v] = append(leaves[v], path) })
		var profiles []*Profile
		for _, p := range Builtin() {
			for _, paths := range leaves {
				if slices.ContainsFunc(paths, func(path string) bool { return p.Detects([]byte(path)) }) {
					profiles = append(profiles, p)
					break
				}
			}
		}
		for _, tr := range rec.Truth {
			total++
			ok := false
			for _, path := range leaves[tr.Value] {
				for _, p := range profiles {
					if _, named := p.Category([]byte(path)); named {
						ok = true
					}
				}
			}
			if ok {
				found++
			} else {
				missing[strings.Join(leaves[tr.Value], ",")+" ("+tr.Field+")"]++
			}
		}
	}
	t.Logf("%d of %d truth values are at a profile path", found, total)
	for k, v := range missing {
		t.Logf("not by key: %s x%d", k, v)
	}
	if total == 0 || float64(found) < 0.9*float64(total) {
		t.Errorf("only %d of %d truth values are at a profile path", found, total)
	}
}

func walk(v any, path string, leaf func(path, value string)) {
	join := func(k string) string {
		if path == "" {
			return k
		}
		return path + "." + k
	}
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			walk(x, join(k), leaf)
		}
	case []any:
		for _, x := range v {
			walk(x, path, leaf)
		}
	case string:
		leaf(path, v)
	}
}

func TestCategoryDoesNotAllocate(t *testing.T) {
	ecs, nw := mustProfile(t, "ecs"), mustProfile(t, "netwitness")
	paths := [][]byte{
		[]byte("source.ip"), []byte("process.parent.user.name"), []byte("message"),
		[]byte("winlog.event_data.TargetUserName"), []byte("x509.subject.common_name"),
	}
	allocs := testing.AllocsPerRun(100, func() {
		for _, p := range paths {
			ecs.Category(p)
			nw.Category(p)
			ecs.Detects(p)
			nw.Detects(p)
		}
	})
	if allocs != 0 {
		t.Errorf("Category and Detects allocate %v times per run", allocs)
	}
}

func BenchmarkCategory(b *testing.B) {
	ecs := mustProfile(b, "ecs")
	qr := mustProfile(b, "qradar")
	paths := [][]byte{
		[]byte("@timestamp"), []byte("source.ip"), []byte("source.port"), []byte("user.name"),
		[]byte("process.parent.executable"), []byte("event.action"), []byte("message"),
		[]byte("winlog.event_data.SubjectUserName"), []byte("client.geo.city_name"),
		[]byte("destination.user.email"),
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paths {
			ecs.Category(p)
			qr.Category(p)
		}
	}
}
