# Sourced by scripts/setup and packaging/build, packaging/smoke-test (bash).

# ensure_packages required|optional WHAT PACKAGE...: install the missing Debian packages with apt-get
# when run as root; otherwise name them, and stop if they are required.
ensure_packages() {
  local need=$1 what=$2
  shift 2
  command -v dpkg >/dev/null || return 0  # Debian and derivatives; elsewhere see README
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing $what: ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  else
    echo "Missing $what: ${missing[*]} (install with: sudo apt-get install ${missing[*]})" >&2
    [ "$need" = optional ] || exit 1
  fi
}
