"""Which IP addresses a URL from elsewhere may reach: not any in the IANA special-purpose registries.

The registries (IANA "IPv4 Special-Purpose Address Registry" and "IPv6 Special-Purpose Address
Registry", RFC 6890 and its updates) list every block that is not ordinary unicast on the public
Internet: private, loopback, link-local, shared, documentation, benchmarking, reserved, and the
IPv6 blocks that carry an IPv4 address inside (IPv4-mapped and -compatible, NAT64, 6to4, Teredo),
through which a private IPv4 address can be reached under an innocent-looking IPv6 one. All are
refused, as are multicast and the deprecated site-local block; an address that carries an IPv4
address is refused whatever that address is, since the translator that would reach it is unknown.
"""

from __future__ import annotations

import ipaddress

IPV4_SPECIAL = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/8",          # "this network" (RFC 791)
    "10.0.0.0/8",         # private (RFC 1918)
    "100.64.0.0/10",      # shared address space, carrier-grade NAT (RFC 6598)
    "127.0.0.0/8",        # loopback
    "169.254.0.0/16",     # link-local (cloud metadata services live here)
    "172.16.0.0/12",      # private
    "192.0.0.0/24",       # IETF protocol assignments (incl. DS-Lite, NAT64 discovery, PCP anycast)
    "192.0.2.0/24",       # documentation TEST-NET-1
    "192.31.196.0/24",    # AS112-v4
    "192.52.193.0/24",    # AMT
    "192.88.99.0/24",     # deprecated 6to4 relay anycast
    "192.168.0.0/16",     # private
    "192.175.48.0/24",    # direct delegation AS112 service
    "198.18.0.0/15",      # benchmarking
    "198.51.100.0/24",    # documentation TEST-NET-2
    "203.0.113.0/24",     # documentation TEST-NET-3
    "224.0.0.0/4",        # multicast
    "240.0.0.0/4",        # reserved (incl. limited broadcast 255.255.255.255)
))

IPV6_SPECIAL = tuple(ipaddress.ip_network(n) for n in (
    "::/128",             # unspecified
    "::1/128",            # loopback
    "::/96",              # IPv4-compatible (deprecated): carries an IPv4 address
    "::ffff:0:0/96",      # IPv4-mapped: carries an IPv4 address
    "::ffff:0:0:0/96",    # IPv4-translated (SIIT)
    "64:ff9b::/96",       # NAT64 well-known prefix: carries an IPv4 address
    "64:ff9b:1::/48",     # NAT64 local-use prefixes
    "100::/64",           # discard-only
    "2001::/23",          # IETF protocol assignments (Teredo 2001::/32, benchmarking, ORCHID, ...)
    "2001:db8::/32",      # documentation
    "2002::/16",          # 6to4: carries an IPv4 address
    "2620:4f:8000::/48",  # direct delegation AS112 service
    "3fff::/20",          # documentation (RFC 9637)
    "5f00::/16",          # segment routing (SRv6) SIDs
    "fc00::/7",           # unique local
    "fe80::/10",          # link-local
    "fec0::/10",          # site-local (deprecated)
    "ff00::/8",           # multicast
))


def special_block(address: str) -> str | None:
    """The special-purpose block ``address`` falls in (``"10.0.0.0/8"``), or None for an ordinary public one."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    blocks = IPV4_SPECIAL if ip.version == 4 else IPV6_SPECIAL
    for block in blocks:
        if ip in block:
            return str(block)
    if not ip.is_global:  # anything the standard library knows to be non-global, added to the registry later
        return "non-global"
    return None


def is_public_address(address: str) -> bool:
    """Whether ``address`` (an IPv4 or IPv6 literal) is ordinary public unicast, outside every special block."""
    return special_block(address) is None
