package categories

import (
	"embed"
	"strings"
	"sync"
	"sync/atomic"
)

// Well-known accounts and hosts are not personal data and stay as they are: built-in
// Windows principals (SYSTEM, LOCAL SERVICE, ANONYMOUS LOGON, Administrator), Unix system
// and daemon accounts (root, nobody, www-data, sshd, postfix), loopback host names
// (localhost, ip6-localhost). The built-in lists are data in wellknown/*.txt.
//
// Two ways to use them: the package functions IsWellKnownAccount and IsWellKnownHost read one
// process-wide list that AddWellKnownAccounts and AddWellKnownHosts extend (copy on write, so
// lookups are safe while another goroutine adds); or a WellKnown value, for a session that
// keeps its own keep-list.

//go:embed wellknown/*.txt
var wellKnownFS embed.FS

// WellKnown is a set of well-known account and host names, compared case-insensitively
// (ASCII). The zero value is empty; NewWellKnown starts from the built-in lists. Lookups
// do not allocate. A WellKnown may be read concurrently, but not while it is being added to.
type WellKnown struct {
	accounts, hosts   map[string]struct{}
	maxAcct, maxHosts int
}

var builtinWellKnown = sync.OnceValue(func() *WellKnown {
	w := &WellKnown{}
	w.AddAccounts(readWellKnown("accounts.txt")...)
	w.AddHosts(readWellKnown("hosts.txt")...)
	return w
})

func readWellKnown(name string) []string { return readList(wellKnownFS, "wellknown/"+name) }

// PublicSites returns the registrable domains of public sites (file sharing, webmail,
// social media, AI assistants), in lower case: names under them name no one and stay.
// A site that names its users' own hosts (dynamic DNS, tunnels, blogs) is written with a
// leading "*." (*.duckdns.org): the label under it is a user's.
func PublicSites() []string { return lowerAll(readWellKnown("sites.txt")) }

// IsWellKnownOrganization reports whether name is a public certificate authority's or a
// software vendor's (wellknown/organizations.txt), compared without regard to case or
// to the commas and dots of a legal form.
func IsWellKnownOrganization(name []byte) bool {
	if len(name) > 64 {
		return false
	}
	var buf [64]byte
	_, ok := wellKnownOrganizations()[string(orgKey(buf[:0], name))]
	return ok
}

var wellKnownOrganizations = sync.OnceValue(func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, name := range readWellKnown("organizations.txt") {
		m[string(orgKey(nil, []byte(name)))] = struct{}{}
	}
	return m
})

// orgKey appends name in lower case (ASCII) without commas and dots.
func orgKey(dst, name []byte) []byte {
	for _, c := range name {
		switch {
		case c == ',' || c == '.':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// PublicResolvers returns the addresses of public DNS resolvers (8.8.8.8, 1.1.1.1,
// 9.9.9.9, 2606:4700:4700::1111): infrastructure that names no one, kept as it is.
func PublicResolvers() []string { return readWellKnown("addresses.txt") }

// NewWellKnown returns a WellKnown holding a copy of the built-in lists.
func NewWellKnown() *WellKnown {
	return builtinWellKnown().Clone()
}

// Clone returns an independent copy of w.
func (w *WellKnown) Clone() *WellKnown {
	c := &WellKnown{
		accounts: make(map[string]struct{}, len(w.accounts)),
		hosts:    make(map[string]struct{}, len(w.hosts)),
		maxAcct:  w.maxAcct,
		maxHosts: w.maxHosts,
	}
	for k := range w.accounts {
		c.accounts[k] = struct{}{}
	}
	for k := range w.hosts {
		c.hosts[k] = struct{}{}
	}
	return c
}

// AddAccounts adds account names. Blank names are ignored.
func (w *WellKnown) AddAccounts(names ...string) {
	w.accounts, w.maxAcct = addWellKnown(w.accounts, w.maxAcct, names, false)
}

// AddHosts adds host names; a trailing dot is ignored. Blank names are ignored.
func (w *WellKnown) AddHosts(names ...string) {
	w.hosts, w.maxHosts = addWellKnown(w.hosts, w.maxHosts, names, true)
}

func addWellKnown(m map[string]struct{}, maxLen int, names []string, trimDot bool) (map[string]struct{}, int) {
	if m == nil {
		m = make(map[string]struct{}, len(names))
	}
	for _, n := range names {
		n = strings.TrimSpace(n)
		if trimDot && len(n) > 1 && n[len(n)-1] == '.' {
			n = n[:len(n)-1]
		}
		if n == "" {
			continue
		}
		m[string(appendLower(nil, []byte(n)))] = struct{}{}
		maxLen = max(maxLen, len(n))
	}
	return m, maxLen
}

// Account reports whether name is a well-known account.
func (w *WellKnown) Account(name []byte) bool {
	return lookupLower(w.accounts, w.maxAcct, name) || systemPrincipal(name) || cloudServiceRole(name)
}

// cloudServiceRole reports a role that AWS creates and names itself, which CloudTrail
// writes where a user's name goes: IAM Identity Center's AWSReservedSSO_<permission
// set>_<hex>, service-linked roles (AWSServiceRoleForECS, AWSServiceRoleForSupport).
// A permission set's or a service's name, no one's.
func cloudServiceRole(name []byte) bool {
	return len(name) > 15 && (strings.HasPrefix(string(name), "AWSReservedSSO_") || strings.HasPrefix(string(name), "AWSServiceRoleFor"))
}

// systemPrincipal reports whether name is one account under a system authority:
// NT AUTHORITY\\SYSTEM, NT AUTHORITY\\NETWORK SERVICE, NT SERVICE\\MSSQLSERVER.
func systemPrincipal(name []byte) bool {
	n := SystemAuthorityLen(name)
	if n == 0 || n == len(name) {
		return false
	}
	rest := string(name[n:])
	if strings.ContainsAny(rest, "\\/,;") {
		return false
	}
	if sp := strings.IndexByte(rest, ' '); sp >= 0 {
		tail := strings.ToUpper(rest[sp:])
		return tail == " SERVICE" || tail == " LOGON"
	}
	return true
}

// systemAuthorities are the domains of Windows' own principals, written before a '\\':
// every account under them is the system's (NT AUTHORITY\\SYSTEM, NT SERVICE\\MSSQLSERVER,
// BUILTIN\\Administrators, IIS APPPOOL\\DefaultAppPool, Window Manager\\DWM-1).
var systemAuthorities = []string{"NT AUTHORITY\\", "NT SERVICE\\", "BUILTIN\\", "NT VIRTUAL MACHINE\\",
	"IIS APPPOOL\\", "Window Manager\\", "Font Driver Host\\", "AUTORITE NT\\", "NT-AUTORITÄT\\"}

// SystemAuthorityLen returns the length of the system authority and backslash that name
// starts with (NT AUTHORITY\\), in any case, or 0. A JSON string's doubled backslash,
// read raw, counts too.
func SystemAuthorityLen(name []byte) int {
	for _, a := range systemAuthorities {
		if len(name) > len(a) && strings.EqualFold(string(name[:len(a)]), a) {
			n := len(a)
			if name[n] == '\\' {
				n++
			}
			return n
		}
	}
	return 0
}

// Host reports whether name is a well-known host name. A trailing dot is ignored.
func (w *WellKnown) Host(name []byte) bool {
	if len(name) > 1 && name[len(name)-1] == '.' {
		name = name[:len(name)-1]
	}
	return lookupLower(w.hosts, w.maxHosts, name)
}

// lookupLower looks name up in m, lower-cased, without allocating for names up to 128 bytes.
func lookupLower(m map[string]struct{}, maxLen int, name []byte) bool {
	if len(name) == 0 || len(name) > maxLen {
		return false
	}
	var buf [128]byte
	var low []byte
	if len(name) <= len(buf) {
		low = buf[:len(name)]
		copy(low, name)
		lowerInPlace(low)
	} else {
		low = appendLower(nil, name)
	}
	_, ok := m[string(low)]
	return ok
}

// wellKnownShared is the process-wide list behind the package functions; additions replace
// it with an extended copy.
var (
	wellKnownShared   atomic.Pointer[WellKnown]
	wellKnownSharedMu sync.Mutex
)

func sharedWellKnown() *WellKnown {
	if w := wellKnownShared.Load(); w != nil {
		return w
	}
	wellKnownShared.CompareAndSwap(nil, builtinWellKnown())
	return wellKnownShared.Load()
}

// IsWellKnownAccount reports whether name is a well-known account (root, SYSTEM, LOCAL
// SERVICE, NETWORK SERVICE, ANONYMOUS LOGON, Administrator, Guest, DefaultAccount, -,
// nobody, daemon accounts such as www-data, sshd, postfix, mysql), or one added with
// AddWellKnownAccounts. Case-insensitive.
func IsWellKnownAccount(name []byte) bool {
	return sharedWellKnown().Account(name)
}

// IsWellKnownHost reports whether name is a well-known host name (localhost,
// localhost.localdomain, ip6-localhost, ...), or one added with AddWellKnownHosts.
// Case-insensitive; a trailing dot is ignored.
func IsWellKnownHost(name []byte) bool {
	return sharedWellKnown().Host(name)
}

// AddWellKnownAccounts extends the process-wide list of well-known accounts (a keep-list).
// It is safe to call while other goroutines look names up.
func AddWellKnownAccounts(names []string) {
	wellKnownSharedMu.Lock()
	defer wellKnownSharedMu.Unlock()
	w := sharedWellKnown().Clone()
	w.AddAccounts(names...)
	wellKnownShared.Store(w)
}

// AddWellKnownHosts extends the process-wide list of well-known host names.
func AddWellKnownHosts(names []string) {
	wellKnownSharedMu.Lock()
	defer wellKnownSharedMu.Unlock()
	w := sharedWellKnown().Clone()
	w.AddHosts(names...)
	wellKnownShared.Store(w)
}
