package anon

import (
	"bytes"
	"strings"
	"sync"

	"github.com/siemanon/siemanon/categories"
	"github.com/siemanon/siemanon/metakeys"
	"golang.org/x/net/publicsuffix"
)

// privateSuffixes are top-level names that are not in the public suffix list but name
// internal networks everywhere (RFC 6762, RFC 8375 and common practice), and the names
// RFC 2606 reserves for examples; a name under them is an internal host name.
var privateSuffixes = map[string]bool{"local": true, "localdomain": true, "lan": true, "corp": true,
	"internal": true, "intranet": true, "home": true, "private": true, "ad": true, "domain": true,
	"example": true, "invalid": true, "intra": true, "intern": true}

// fileSuffixes are top-level domains that are also common file extensions: a two-label
// name ending in one (setup.py, notes.md, backup.zip) is taken for a file, not a domain.
var fileSuffixes = map[string]bool{"sh": true, "py": true, "md": true, "zip": true, "mov": true, "pl": true,
	"rs": true, "so": true, "ps": true, "cs": true, "cc": true, "in": true, "mk": true, "ml": true, "pm": true,
	"ai": true, "am": true, "as": true, "tf": true, "sc": true, "re": true, "to": true, "is": true, "me": true,
	"bz": true, "gz": true, "rar": true, "doc": true, "ini": true, "tv": true, "ts": true, "mo": true, // (gettext: messages.mo; an SMS event: sms.mo)
	"java": true, "app": true, "key": true, "pub": true, "run": true, "cab": true, // HikariPool.java, Safari.app, id_rsa.pub
	"properties": true, "mobi": true, "download": true, // mgmt-users.properties (also top-level domains)
	"do":     true, // ServiceNow's and Struts' pages: navpage.do, incident.do
	"target": true, "service": true, "socket": true, "timer": true, "mount": true, "slice": true, "scope": true,
	"swap": true, "device": true, "path": true, "automount": true} // systemd units are names, not domains

// eventSuffixes are top-level domains that are also verbs, held by brands that host
// next to no sites: a two-label name in lower case ending in one (assoc.open, file.save,
// rpc.call, stream.play, record.new) is an event's or a method's name, not a domain.
var eventSuffixes = map[string]bool{"open": true, "play": true, "save": true, "read": true, "call": true,
	"buy": true, "select": true, "new": true, "data": true}

// syslogFacilities are the facility names of syslog (RFC 5424, section 6.2.1, and the
// BSD names), which relays and configurations join to a level: local0.info.
var syslogFacilities = map[string]bool{"kern": true, "user": true, "mail": true, "daemon": true, "auth": true,
	"syslog": true, "lpr": true, "news": true, "uucp": true, "cron": true, "authpriv": true, "ftp": true,
	"local0": true, "local1": true, "local2": true, "local3": true, "local4": true, "local5": true,
	"local6": true, "local7": true}

// domainShaped reports whether word is a domain or host name by its own syntax: two or more
// DNS labels under a public (or common private) top-level domain. It returns the number
// of labels. File names such as index.html, sshd.service or java.lang.String are not.
func (w *worker) domainShaped(word []byte) (labels int, ok bool) {
	if len(word) > 253 {
		return 0, false
	}
	labels = 1
	labelStart := 0
	for k := 0; k < len(word); k++ {
		switch c := word[k]; {
		case isAlnum(c):
		case c >= 0x80:
			// An internationalized label (münchen, ciepłownia); the top-level domain is
			// tested for ASCII below.
			n := categories.IDNLetterLen(word, k)
			if n == 0 {
				return 0, false
			}
			k += n - 1
		case c == '-':
			if k == labelStart || k+1 == len(word) || word[k+1] == '.' {
				return 0, false
			}
		case c == '.':
			if k == labelStart {
				return 0, false
			}
			labels++
			labelStart = k + 1
		default:
			return 0, false
		}
	}
	tld := word[labelStart:]
	if labels < 2 || len(tld) < 2 || len(tld) > 24 {
		return 0, false
	}
	for _, c := range tld {
		if !isLetter(c) {
			return 0, false
		}
	}
	w.lowerScratch(tld)
	if labels == 2 && (fileSuffixes[string(w.scratch)] || eventSuffixes[string(w.scratch)]) {
		return 0, false
	}
	if labels > 2 && camelLabel(word[bytes.IndexByte(word, '.')+1:]) {
		return 0, false // a class's or a method's name: org.springframework.boot.SpringApplication.run
	}
	if labels == 2 && (bytes.HasPrefix(word, []byte("Microsoft.")) && tld[0] >= 'A' && tld[0] <= 'Z' ||
		bytes.HasPrefix(word, []byte("MICROSOFT.")) && isUpperRun(tld)) {
		return 0, false // an Azure resource provider: Microsoft.Storage/storageAccounts, as activity logs upper-case it too
	}
	if labels == 2 && labelStart <= 3 && columnTLDs[string(w.scratch)] && word[0] >= 'a' && word[0] <= 'z' {
		return 0, false // a table's alias and a column in SQL: s.email, u.name, t.id
	}
	if labels == 2 && string(tld) == "INFO" && word[0] >= 'a' && word[0] <= 'z' {
		return 0, false // Monolog's channel and level: [2024-10-07 11:15:33] glpi.INFO: ...
	}
	if labels == 2 && string(w.scratch) == "info" && syslogFacilities[string(word[:labelStart-1])] {
		return 0, false // a syslog facility and level, as relays write them: <local0.info>, mail.info
	}
	if string(w.scratch) == "android" || labels > 2 && reverseAppID(word, w.scratch) {
		return 0, false // an app's id, named from its domain backwards: jp.co.yurufit.app, sentry.java.android
	}
	if labels > 2 && (javaPackageRoot(word) || classLabelAfterPackage(word)) || mixedCaseBeforeUpperTLD(word, tld) {
		return 0, false // a Java package, named from its domain backwards: org.keycloak.events
	}
	if labels > 2 && digitsAndDots(word[:labelStart-1]) {
		return 0, false // a version and its qualifier: 2.1.2.Final, 1.0.GA (163.com is a domain)
	}
	if labels == 2 && string(word) == "user.local" {
		return 0, false // FortiOS' table of local accounts (msg="Edit user.local jdoe"), no mDNS host
	}
	if privateSuffixes[string(w.scratch)] {
		return labels, true
	}
	if labels == 2 && len(tld) >= 4 && isUpperRun(tld) && isUpperRun(word[:labelStart-1]) {
		return 0, false // a transaction's code in capitals: a bank's CUST.SEARCH, ACCT.MAINT (.search is a gTLD)
	}
	known, seen := w.tlds[string(w.scratch)]
	if !seen {
		lower := string(w.scratch)
		_, icann := publicsuffix.PublicSuffix("x." + lower)
		known = icann && !strings.Contains(lower, ".")
		if len(w.tlds) > 4096 {
			clear(w.tlds)
		}
		w.tlds[lower] = known
	}
	if known && labels <= 6 && isFieldPath(word) {
		return 0, false // host.name, session.id, user.email: a field's name, not a domain
	}
	return labels, known
}

// reverseAppID reports a mobile app's bundle or package id whose first label is a
// country's code (es.mercadillo.app, br.com.feirafacil.app, de.kiezmarkt.app): its last
// label (tld, lower case) names the app's kind, app or ios. A host name in a country's
// language (es.wikipedia.org) ends in a domain, not in "app" after a country's label.
func reverseAppID(word, tld []byte) bool {
	if string(tld) != "app" && string(tld) != "ios" || len(word) < 6 || word[2] != '.' {
		return false
	}
	return appIDCountries[string(word[:2])]
}

// appIDCountries are the country codes app ids start with, in lower case.
var appIDCountries = map[string]bool{"de": true, "fr": true, "es": true, "it": true, "nl": true, "be": true,
	"at": true, "ch": true, "pl": true, "cz": true, "se": true, "no": true, "dk": true, "fi": true,
	"pt": true, "br": true, "jp": true, "kr": true, "cn": true, "in": true, "uk": true, "ie": true,
	"au": true, "nz": true, "ca": true, "mx": true, "ar": true, "cl": true, "co": true, "tr": true,
	"gr": true, "ro": true, "hu": true, "sk": true, "ru": true, "ua": true, "il": true, "sg": true}

// javaPackageRoot reports whether word starts with a generic top-level domain in lower
// case and a dot (org., com., net., io.): Java packages and Android application ids are
// named so, host names never.
func javaPackageRoot(word []byte) bool {
	for _, p := range [...]string{"org.", "com.", "net.", "io.", "edu.", "gov.", "java.", "javax.", "jakarta.", "jdk.", "sun.", "kotlin.", "scala.", "hudson.", "jenkins."} {
		if bytes.HasPrefix(word, []byte(p)) {
			return true
		}
	}
	return false
}

// classLabelAfterPackage reports whether a dotted name of a lower-case first label has a
// capitalized later label (java.util.Date, hudson.model.Executor.run): a class in a
// package, and a member of it; '.date' and '.run' are top-level domains, but a host
// name is not written so.
func classLabelAfterPackage(word []byte) bool {
	dot := bytes.IndexByte(word, '.')
	for _, c := range word[:dot] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	for k := dot + 1; k+1 < len(word); k++ {
		if word[k-1] == '.' && word[k] >= 'A' && word[k] <= 'Z' && word[k+1] >= 'a' && word[k+1] <= 'z' {
			return true
		}
	}
	return false
}

// mixedCaseBeforeUpperTLD reports a name whose last label is in capitals after a label
// written Capitalized (an antivirus' detection: JS/Adware.Agent.AE, Win32/Kryptik.HTZ):
// a host name is written in one case, not so.
func mixedCaseBeforeUpperTLD(word, tld []byte) bool {
	if !isUpperRun(tld) {
		return false
	}
	for k := 0; k+1 < len(word)-len(tld); k++ {
		if (k == 0 || word[k-1] == '.') && word[k] >= 'A' && word[k] <= 'Z' && word[k+1] >= 'a' && word[k+1] <= 'z' {
			return true
		}
	}
	return false
}

// camelLabel reports whether a label of the dotted name v is written in camel case, a
// lower-case letter then a capital (SpringApplication, getUser), as code names things and
// DNS names hardly ever are.
func camelLabel(v []byte) bool {
	for k := 1; k < len(v); k++ {
		if v[k] >= 'A' && v[k] <= 'Z' && v[k-1] >= 'a' && v[k-1] <= 'z' {
			return true
		}
	}
	return false
}

// fieldWords are the words of the field names of the built-in profiles (ECS, NetWitness,
// ...) and of OpenTelemetry's attributes. Some end in a top-level domain's name (.name,
// .id, .email, .city, .host, .group), and text names fields: "field [host.name]",
// {"key":"session.id",...}; audit events are named the same way (record.search).
var fieldWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{}
	for _, p := range metakeys.Builtin() {
		for _, f := range p.Fields() {
			for _, part := range strings.Split(f.Path, ".") {
				if part != "*" && part != "**" && part == strings.ToLower(part) {
					words[part] = true
				}
			}
		}
	}
	for _, w := range strings.Fields(`enduser session k8s pod node namespace deployment container
		cluster telemetry sdk service instance thread code exception messaging db rpc net peer
		sock http request response header url server client host user name id email city
		device model manufacturer browser os process span trace person people customer
		patient member employee account owner company organization org vendor supplier
		product item order team project role app application tenant location first last
		full display given family middle nick record case search contact mobile phone
		address billing shipping profile payment contract ui click tap touch lifecycle input`) {
		words[w] = true
	}
	return words
})

// isFieldPath reports whether word is a field's name: lower case words of fieldWords
// joined by dots, or a relationship field as Salesforce writes it: capitalized words
// ending in .Name or .Id (Campaign.Name, Owner.Id).
func isFieldPath(word []byte) bool {
	if relationshipField(word) {
		return true
	}
	words := fieldWords()
	for len(word) > 0 {
		label := word
		if dot := bytes.IndexByte(word, '.'); dot >= 0 {
			label, word = word[:dot], word[dot+1:]
		} else {
			word = nil
		}
		for _, c := range label {
			if c >= 'A' && c <= 'Z' {
				return false
			}
		}
		if !words[string(label)] {
			return false
		}
	}
	return true
}

// relationshipField reports Salesforce's and other CRMs' dotted column names:
// capitalized ASCII words joined by dots, the last one Name or Id.
func relationshipField(word []byte) bool {
	dot := bytes.LastIndexByte(word, '.')
	if dot < 1 || string(word[dot+1:]) != "Name" && string(word[dot+1:]) != "Id" {
		return false
	}
	capital := true
	for _, c := range word[:dot] {
		switch {
		case c == '.':
			capital = true
			continue
		case capital && (c < 'A' || c > 'Z'), !capital && !isLetter(c) && !isDigit(c) && c != '_':
			return false
		}
		capital = false
	}
	return !capital
}

// Domains of public providers name no person or organisation, in three kinds:
//   - providerOwn: every name under it is the provider's (fe2.update.microsoft.com,
//     acme-v02.api.letsencrypt.org, gmail.com in an email address);
//   - providerHosting: its services are its own (s3.amazonaws.com, signin.aws...), but a
//     deeper name's leftmost label names a customer (payroll.s3.eu-west-1.amazonaws.com,
//     acct.blob.core.windows.net);
//   - providerTenant: the leftmost label under it is a customer's (acme.okta.com,
//     dev-4x2.eu.auth0.com), unless a service of the provider's own (www, cdn, login).
type providerKind uint8

const (
	providerOwn providerKind = iota + 1
	providerHosting
	providerTenant
)

var providerDomains = withPublicSites(map[string]providerKind{
	"otenet.gr": providerHosting, "tele2.se": providerHosting, // ISPs' mail (d.papadopoulos@otenet.gr) and customers (ppp-94-66-57-210.home.otenet.gr)
	"amazonaws.com": providerHosting, "amazon.com": providerOwn, "aws.dev": providerOwn, "awsstatic.com": providerOwn,
	"k8s.io": providerOwn, "kubernetes.io": providerOwn, "docker.io": providerOwn, "docker.com": providerOwn,
	"microsoft.com": providerOwn, "microsoftonline.com": providerOwn, "windows.com": providerOwn, "windows.net": providerHosting,
	"windowsupdate.com": providerOwn, "azure.com": providerHosting, "office.com": providerOwn, "office365.com": providerOwn,
	"live.com": providerOwn, "outlook.com": providerOwn, "hotmail.com": providerOwn, "msn.com": providerOwn,
	"google.com": providerOwn, "googleapis.com": providerHosting, "gstatic.com": providerOwn, "gmail.com": providerOwn,
	"googlemail.com": providerOwn, "yahoo.com": providerOwn, "apple.com": providerOwn, "icloud.com": providerOwn,
	"github.com": providerOwn, "githubusercontent.com": providerOwn, "gitlab.com": providerOwn,
	"cloudflare.com": providerOwn, "akamai.net": providerHosting, "akamaihd.net": providerHosting, "fastly.net": providerHosting,
	"mozilla.org": providerOwn, "mozilla.com": providerOwn, "ubuntu.com": providerOwn, "debian.org": providerOwn,
	"npmjs.org": providerOwn, "pypi.org": providerOwn, "golang.org": providerOwn,
	"facebook.com": providerOwn, "twitter.com": providerOwn, "linkedin.com": providerOwn,
	// gravatar.com is not here: an avatar URL carries a hash of the person's email.
	"okta.com": providerTenant, "oktapreview.com": providerTenant, "auth0.com": providerTenant, "onmicrosoft.com": providerTenant,
	"sharepoint.com": providerTenant, "slack.com": providerTenant, "atlassian.net": providerTenant, "service-now.com": providerTenant,
	"my.salesforce.com": providerTenant, "zendesk.com": providerTenant, "freshdesk.com": providerTenant,
	// Vanity tenants (acme.zoom.us, acme.webex.com); a data centre's label (us02web) is
	// mapped with them, which hides nothing.
	"zoom.us": providerTenant, "webex.com": providerTenant,
})

func withPublicSites(providers map[string]providerKind) map[string]providerKind {
	for _, site := range categories.PublicSites() {
		kind := providerOwn
		if strings.HasPrefix(site, "*.") {
			kind, site = providerTenant, site[2:]
		}
		if _, listed := providers[site]; !listed {
			providers[site] = kind
		}
	}
	return providers
}

// providerServiceLabels name a tenant provider's own services, not a customer.
var providerServiceLabels = map[string]bool{"www": true, "cdn": true, "static": true,
	"login": true, "status": true, "support": true, "help": true, "docs": true, "api": true,
	"developer": true, "community": true, "trust": true, "app": true, "hooks": true, "files": true, "slack-edge": true}

// hostingServiceLabels are the services of hosting providers (AWS, Azure, Google Cloud)
// whose regional endpoints name no customer when they come first:
// s3.eu-central-1.amazonaws.com, sts.us-east-1.amazonaws.com, blob.core.windows.net.
var hostingServiceLabels = map[string]bool{"s3": true, "s3-website": true, "ec2": true, "sts": true,
	"iam": true, "sqs": true, "sns": true, "logs": true, "monitoring": true, "ecr": true, "api": true,
	"lambda": true, "dynamodb": true, "kms": true, "ssm": true, "ssmmessages": true, "ec2messages": true,
	"secretsmanager": true, "elasticloadbalancing": true, "autoscaling": true, "cloudformation": true,
	"rds": true, "events": true, "states": true, "kinesis": true, "firehose": true, "athena": true,
	"glue": true, "ecs": true, "eks": true, "route53": true, "acm": true, "cloudtrail": true,
	"config": true, "sagemaker": true, "bedrock": true, "bedrock-runtime": true, "elasticmapreduce": true,
	"blob": true, "file": true, "queue": true, "table": true, "dfs": true, "vault": true,
	"database": true, "servicebus": true, "storage": true, "compute": true}

// providerSplit returns how many leading bytes of name to pseudonymize when name lies
// under a provider domain: 0 for a plain provider name, the leftmost label for a tenant,
// or -1 when name is not a provider's.
func (w *worker) providerSplit(name []byte) int {
	if len(name) > 253 {
		return -1
	}
	w.lowerScratch(name)
	// Try the registrable domain and one more label (my.salesforce.com style entries).
	lower := w.scratch
	dots := 0
	for k := len(lower) - 1; k >= 0; k-- {
		if lower[k] != '.' {
			continue
		}
		dots++
		if dots > 4 {
			break
		}
		kind, ok := providerDomains[string(lower[k+1:])]
		if !ok {
			continue
		}
		if kind == providerOwn {
			if internalLabelBefore(lower, k) {
				return -1 // formulare.intern.linz.gv.at: a public body's internal host, not its public site
			}
			return 0 // fe2.update.microsoft.com: every name under it is the provider's
		}
		first := bytes.IndexByte(lower, '.')
		if first == k && (kind == providerHosting || providerServiceLabels[string(lower[:first])]) {
			return 0 // service.provider.com, www.provider.com, cdn.auth0.com: the provider's own
		}
		if kind == providerHosting && hostingServiceLabels[string(lower[:first])] {
			return 0 // s3.eu-central-1.amazonaws.com, blob.core.windows.net: a service's endpoint
		}
		// acme.okta.com, or deeper under a provider (payroll.s3.eu-west-1.amazonaws.com):
		// the leftmost label is the customer's; after www, the next one too.
		if first == 3 && string(lower[:3]) == "www" {
			return 4 + bytes.IndexByte(lower[4:], '.')
		}
		return first
	}
	if _, ok := providerDomains[string(lower)]; ok {
		return 0 // the provider's own name (okta.com, slack.com), a tenant's or not
	}
	return -1
}

// internalLabels mark a name inside an organisation's network: a public site is not
// reached through them.
var internalLabels = map[string]bool{"intern": true, "internal": true, "int": true, "intra": true,
	"intranet": true, "lan": true, "local": true, "priv": true, "private": true}

// internalLabelBefore reports whether one of the labels of lower before its byte end is
// an internal one (internalLabels).
func internalLabelBefore(lower []byte, end int) bool {
	for start := 0; start < end; {
		dot := bytes.IndexByte(lower[start:end], '.')
		if dot < 0 {
			dot = end - start
		}
		if internalLabels[string(lower[start:start+dot])] {
			return true
		}
		start += dot + 1
	}
	return false
}

// lowerScratch copies b into w.scratch in lower case (ASCII) and returns the copy.
func (w *worker) lowerScratch(b []byte) []byte {
	w.scratch = append(w.scratch[:0], b...)
	for i, c := range w.scratch {
		if c >= 'A' && c <= 'Z' {
			w.scratch[i] = c + 'a' - 'A'
		}
	}
	return w.scratch
}

// shareSites are the file-sharing and paste sites among the public sites: whoever has a
// link to them reads what it points to.
var shareSites = map[string]bool{"wetransfer.com": true, "we.tl": true, "dropbox.com": true,
	"dropboxusercontent.com": true, "box.com": true, "mega.nz": true, "mega.io": true,
	"mediafire.com": true, "sendspace.com": true, "filemail.com": true, "transfernow.net": true,
	"swisstransfer.com": true, "4shared.com": true, "zippyshare.com": true, "anonfiles.com": true,
	"gofile.io": true, "file.io": true, "pcloud.com": true, "icedrive.net": true, "sync.com": true,
	"tresorit.com": true, "pastebin.com": true, "paste.ee": true, "hastebin.com": true,
	"ghostbin.com": true, "controlc.com": true, "rentry.co": true, "transfer.sh": true,
	"catbox.moe": true, "temp.sh": true, "ufile.io": true, "1drv.ms": true,
	"drive.google.com": true, "docs.google.com": true, "drive.usercontent.google.com": true,
	"onedrive.live.com": true, // (uc?export=download&id=ID, forms/d/e/ID, download?cid=ID)
	"stripe.com":        true, // (pay.stripe.com/receipts/payment/ID: a person's receipt)
	"hooks.slack.com":   true} // (an incoming webhook's URL: whoever has it posts to the channel)

// shareSite reports whether host lies under one of the shareSites.
func (w *worker) shareSite(host []byte) bool { return w.siteIn(shareSites, host) }

// siteIn reports whether host, or a domain it lies under, is a key of sites.
func (w *worker) siteIn(sites map[string]bool, host []byte) bool {
	if len(host) > 253 {
		return false
	}
	w.lowerScratch(host)
	lower := w.scratch
	for k := len(lower) - 1; k >= 0; k-- {
		if lower[k] == '.' && sites[string(lower[k+1:])] {
			return true
		}
	}
	return sites[string(lower)]
}

// validEmailDomain reports whether the domain of an email can be one: user@1002.service
// names a systemd unit instance, not an address. Unlisted top-level names (corp, tld,
// example) are accepted: internal and placeholder domains are common in logs.
func (w *worker) validEmailDomain(d []byte) bool {
	dot := bytes.LastIndexByte(d, '.')
	if dot < 0 {
		return false
	}
	w.lowerScratch(d[dot+1:])
	return !systemdSuffixes[string(w.scratch)]
}

var systemdSuffixes = map[string]bool{"target": true, "service": true, "socket": true, "timer": true,
	"mount": true, "slice": true, "scope": true, "swap": true, "device": true, "path": true, "automount": true}

// publicsuffixICANN reports whether tld, in lower case, is a top-level domain of ICANN's
// section of the public suffix list.
func publicsuffixICANN(tld string) (string, bool) {
	suffix, icann := publicsuffix.PublicSuffix("x." + tld)
	return suffix, icann && suffix == tld
}

// digitsAndDots reports whether v holds only digits and dots.
func digitsAndDots(v []byte) bool {
	for _, c := range v {
		if !isDigit(c) && c != '.' {
			return false
		}
	}
	return true
}

// isUpperRun reports whether b is ASCII capital letters only.
func isUpperRun(b []byte) bool {
	for _, c := range b {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return len(b) > 0
}

// columnTLDs are top-level domains that are also common column names: after an alias of
// one or two letters (s.email, u.id) they are SQL, not a domain.
var columnTLDs = map[string]bool{"email": true, "name": true, "id": true, "date": true, "host": true,
	"city": true, "zip": true, "info": true, "page": true, "link": true, "app": true, "phone": true,
	"mobile": true, "login": true, "company": true, "group": true}
