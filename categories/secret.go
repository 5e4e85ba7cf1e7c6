package categories

// Secrets (passwords, tokens, API keys, Authorization values) are found by context only:
// the key or header that introduces them. The replacement keeps the length and the class
// of every character (lower case, upper case, digit, other) so a parser or a model sees the
// same shape, but it is drawn from a keyed hash: nothing of the secret can be recovered,
// not even with the key, short of guessing the secret and hashing it.

var secretInfo = Category{
	Name:        Secret,
	Risk:        High,
	Description: "passwords, tokens, API keys and Authorization values; same length and character classes, irreversible",
	Reason:      "a credential gives access to accounts and data; it must never leave the organisation",
}

// Secrets makes secret replacements for one worker. It is not safe for concurrent use.
type Secrets struct {
	prf *PRF
}

// NewSecrets returns a secret replacer.
func NewSecrets(k *Keyring) *Secrets {
	return &Secrets{prf: k.PRF(Secret)}
}

// Append appends the replacement of a secret.
func (s *Secrets) Append(dst, secret []byte) []byte {
	const digit = "0123456789"
	lower, upper := "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	if isHexText(secret) {
		// A hex token (a session id, a GUID, a digest) stays hex, so that what parses
		// it still does.
		lower, upper = "abcdef", "ABCDEF"
	}
	var block [4]byte
	var stream []byte
	for i, c := range secret {
		if i%32 == 0 {
			block[0], block[1], block[2], block[3] = byte(i>>24), byte(i>>16), byte(i>>8), byte(i)
			sum := s.prf.Sum(secret, block[:])
			stream = sum[:]
		}
		r := stream[i%32]
		switch {
		case c >= 'a' && c <= 'z':
			dst = append(dst, lower[int(r)%len(lower)])
		case c >= 'A' && c <= 'Z':
			dst = append(dst, upper[int(r)%len(upper)])
		case c >= '0' && c <= '9':
			dst = append(dst, digit[int(r)%len(digit)])
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// isHexText reports whether b looks like a hex token: eight bytes or more, with digits
// and the letters a to f (either case) and no other letter. A short word ("abc") is not.
func isHexText(b []byte) bool {
	letters, digits := false, false
	for _, c := range b {
		switch {
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			letters = true
		case c >= '0' && c <= '9':
			digits = true
		case c >= 'g' && c <= 'z' || c >= 'G' && c <= 'Z':
			return false
		}
	}
	return len(b) >= 8 && letters && digits
}
