// Package metakeys holds siemanon's profiles: tables that say, for the JSON records of one
// schema, which key paths hold which kind of sensitive value.
//
// In a JSON record the key decides what a value is: "source.ip" holds an address,
// "user.name" a user name. A Profile maps such key paths to category names (ipv4, ipv6,
// mac, email, domain, hostname, url, username, fullname, organization, path, geo, sid,
// secret, time, phone, card, iban, nationalid, deviceid; ip, an IPv4 or IPv6 address
// decided by the value; address, an IP, MAC, email or host name decided by the value;
// coordinate, a latitude or longitude). The engine walks a record, joins the keys that
// lead to each string value with '.', and asks Category.
//
// # Built-in profiles
//
// The profiles are embedded files under profiles/, one per schema: ecs (Elastic Common
// Schema), netwitness (RSA NetWitness meta keys), qradar (QRadar normalized properties and
// common DSM property names), winlog (Windows event JSON from NXLog, Winlogbeat and
// others), k8s-audit, cloudtrail, okta, auth0, sophos-central, sentinelone, zeek, telegram
// (Bot API updates) and whatsapp (Business webhooks). Each file's header comments say what
// was deliberately left out and why; a row's note says why when it is not obvious.
//
// # Paths
//
// A path is the record's keys joined by '.', with array indexes left out:
// "related.user" matches every element of {"related":{"user":["a","b"]}}. Nested and
// dotted forms are the same path: {"source":{"ip":x}}, {"source.ip":x} and
// {"source":{"ip":[x]}} all reach source.ip. This is what makes NetWitness and Zeek work:
// their keys are flat names with dots in them ({"ip.src": x}), and they are simply the path
// ip.src.
//
// In a table a path may use wildcards, each standing for whole segments. A "*" segment
// matches exactly one segment: *.ip matches source.ip, not ip or source.nat.ip. A "**"
// segment, allowed only at the start, matches zero or more leading segments: **.ip matches
// ip, source.ip and source.nat.ip.
//
// # Precedence
//
// A literal row (no wildcard) always wins over wildcard rows. Among wildcard rows that
// match, the one with more literal segments wins (*.geo.city_name over **.city_name); then
// a row without a leading ** wins over one with it; then the row whose first wildcard comes
// later (source.* over *.ip for source.ip); then the row that comes first in the table.
// A row of category none matches like any other but makes Category report no category: it
// marks a path as deliberately not rewritten by key (free text that the engine scans as raw
// text, such as process.command_line), and it shadows wildcard rows and rows of an
// extended profile.
//
// # Case
//
// A profile is case-sensitive or case-insensitive (ASCII only), following its schema: ECS,
// Zeek, CloudTrail, Kubernetes, Okta and Auth0 names are case-sensitive; QRadar (AQL
// column names), NetWitness (meta key exports vary) and Windows event data names are not.
//
// # File format
//
// A profile file is UTF-8 text, one row per line, tab-separated:
//
//	PATH<TAB>CATEGORY<TAB>NOTE
//
// NOTE is optional free text (it is shown by `siemanon profiles`). Blank lines are ignored.
// Lines starting with '#' are comments, except header lines of the form "# KEY: VALUE"
// with one of these keys:
//
//	# name: NAME            the profile's name (one word); defaults to the file's base name
//	# description: TEXT     one line shown by `siemanon profiles`
//	# case: sensitive       or insensitive; default sensitive, or the extended profile's rule
//	# detect: PATH ...      signature paths: a record that has one of them is given this
//	                        profile; repeatable, several paths per line allowed
//	# extends: NAME         merge this file over the built-in profile NAME
//
// A path may appear only once in a file. Errors name the file and line:
//
//	my.tsv:7: unknown category "user" for acme.login (known: ipv4 ipv6 ...)
//
// # User profiles
//
// A user's own file (siemanon --profile FILE) is read with Parse. With "# extends: ecs" its
// rows are laid over the built-in ecs profile: a row with the same path replaces the
// built-in row (use category none to switch a built-in row off), other rows are added, and
// its detect paths are added to the built-in's; without a name of its own it keeps the
// built-in's name. Without extends the file stands alone. For example:
//
//	# name: acme
//	# extends: ecs
//	# detect: acme.tenant
//	acme.login	username	our SSO login name
//	acme.*.workstation	hostname
//	agent.name	none	our agent names are product names
//
// # Detection
//
// Detects reports whether a path is one of a profile's signature paths, or lies under one,
// so an engine can pass the paths it walks: with "# detect: winlog.event_data" the path
// winlog.event_data.TargetUserName detects. A record may match several profiles; the engine
// applies all that match.
//
// Category and Detects do not allocate for paths up to 512 bytes, and a Profile is safe for
// concurrent use.
package metakeys
