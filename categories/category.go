package categories

// Names of the categories. They are the words users type in --only, --skip, profiles and
// keep-lists, so they never change once released.
const (
	IPv4         = "ipv4"
	IPv6         = "ipv6"
	MAC          = "mac"
	Email        = "email"
	Domain       = "domain"
	Hostname     = "hostname"
	URL          = "url"
	Username     = "username"
	Fullname     = "fullname"
	Organization = "organization"
	Path         = "path"
	Geo          = "geo"
	SID          = "sid"
	Secret       = "secret"
	Time         = "time"

	// IP is not a category of its own: a value at a key of this kind is an IPv4 or an IPv6
	// address, decided by the value.
	IP = "ip"
	// Address is classified by its value too: an IP, a MAC, an email or a host name
	// (ECS *.address fields).
	Address = "address"
	// Coordinate is a key's kind, not a category: a latitude or longitude in decimal
	// degrees, rewritten as geo; any other value at such a key (lat=high) is text.
	Coordinate = "coordinate"
)

// Risk is how directly a category identifies a person.
type Risk int

const (
	Low Risk = iota + 1
	Medium
	High
)

func (r Risk) String() string {
	switch r {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return "unknown"
}

// Category describes one kind of sensitive value.
type Category struct {
	Name        string
	Risk        Risk
	Description string
	// Reason says why the risk is what it is, in one line a data owner can quote.
	Reason string
	// DefaultOff categories run only when asked for (--only, --shift-time).
	DefaultOff bool
}
