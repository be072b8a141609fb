#!/usr/bin/python3
"""A Secret Service whose keyring stays locked: every unlock prompt is dismissed.

Only the fault a real gnome-keyring cannot produce on demand (the agent dismissing the OS
unlock prompt) is imitated; tests run it on their private session bus (dbus-run-session).
It holds one locked item, so a read finds something it cannot open. Prints "ready" once the
bus name is owned; exits when its parent closes stdin.
"""
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

SERVICE = "org.freedesktop.secrets"
ROOT = "/org/freedesktop/secrets"
COLLECTION = ROOT + "/collection/login"
DEFAULT_ALIAS = ROOT + "/aliases/default"  # where libsecret stores without ReadAlias
ITEM = COLLECTION + "/1"
SECRET = "org.freedesktop.Secret."
PROPS = "org.freedesktop.DBus.Properties"


class IsLocked(dbus.DBusException):
    _dbus_error_name = SECRET + "Error.IsLocked"


class Prompt(dbus.service.Object):
    """Completes as the agent pressing Cancel on the unlock dialog: dismissed=true."""

    @dbus.service.method(SECRET + "Prompt", in_signature="s")
    def Prompt(self, window_id):
        GLib.idle_add(self._dismiss)

    @dbus.service.method(SECRET + "Prompt")
    def Dismiss(self):
        GLib.idle_add(self._dismiss)

    def _dismiss(self):
        self.Completed(True, dbus.Array([], signature="o"))
        return False

    @dbus.service.signal(SECRET + "Prompt", signature="bv")
    def Completed(self, dismissed, result):
        pass


class Locked(dbus.service.Object):
    """An object (collection or item) that is locked and stays locked."""

    def __init__(self, bus, path, interface, extra):
        super().__init__(bus, path)
        self._interface = interface
        self._props = dict(extra, Locked=True, Label="Login", Created=dbus.UInt64(0),
                           Modified=dbus.UInt64(0))

    @dbus.service.method(PROPS, in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        return self._props[name]

    @dbus.service.method(PROPS, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface):
        return self._props

    @dbus.service.method(PROPS, in_signature="ssv")
    def Set(self, interface, name, value):
        raise IsLocked("The keyring is locked.")


class Collection(Locked):
    @dbus.service.method(SECRET + "Collection", in_signature="a{sv}(oayays)b",
                         out_signature="oo")
    def CreateItem(self, properties, secret, replace):
        raise IsLocked("Cannot create an item in a locked collection")

    @dbus.service.method(SECRET + "Collection", in_signature="a{ss}", out_signature="ao")
    def SearchItems(self, attributes):
        return dbus.Array([ITEM], signature="o")


class Item(Locked):
    @dbus.service.method(SECRET + "Item", in_signature="o", out_signature="(oayays)")
    def GetSecret(self, session):
        raise IsLocked("Cannot get secret of a locked object")

    @dbus.service.method(SECRET + "Item", out_signature="o")
    def Delete(self):
        raise IsLocked("Cannot delete a locked item")


class Service(dbus.service.Object):
    def __init__(self, bus):
        super().__init__(bus, ROOT)
        self._bus = bus
        self._prompts = 0
        self._sessions = 0

    @dbus.service.method(SECRET + "Service", in_signature="sv", out_signature="vo")
    def OpenSession(self, algorithm, data):
        if algorithm != "plain":
            raise dbus.DBusException("Only plain sessions here",
                                     name="org.freedesktop.DBus.Error.NotSupported")
        self._sessions += 1
        path = ROOT + "/session/s%d" % self._sessions
        dbus.service.Object(self._bus, path)
        return dbus.String("", variant_level=1), dbus.ObjectPath(path)

    @dbus.service.method(SECRET + "Service", in_signature="a{ss}", out_signature="aoao")
    def SearchItems(self, attributes):
        return dbus.Array([], signature="o"), dbus.Array([ITEM], signature="o")

    @dbus.service.method(SECRET + "Service", in_signature="ao", out_signature="aoo")
    def Unlock(self, objects):
        self._prompts += 1
        path = ROOT + "/prompt/p%d" % self._prompts
        Prompt(self._bus, path)
        return dbus.Array([], signature="o"), dbus.ObjectPath(path)

    @dbus.service.method(SECRET + "Service", in_signature="aoo", out_signature="a{o(oayays)}")
    def GetSecrets(self, items, session):
        return dbus.Dictionary({}, signature="o(oayays)")

    @dbus.service.method(SECRET + "Service", in_signature="s", out_signature="o")
    def ReadAlias(self, name):
        return dbus.ObjectPath(COLLECTION)

    @dbus.service.method(PROPS, in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        return self.GetAll(interface)[name]

    @dbus.service.method(PROPS, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface):
        return {"Collections": dbus.Array([COLLECTION], signature="o")}


def main():
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    Service(bus)
    for path in (COLLECTION, DEFAULT_ALIAS):
        Collection(bus, path, "Collection", {"Items": dbus.Array([ITEM], signature="o")})
    Item(bus, ITEM, "Item", {"Attributes": dbus.Dictionary({}, signature="ss")})
    name = dbus.service.BusName(SERVICE, bus, do_not_queue=True)
    loop = GLib.MainLoop()
    GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_HUP | GLib.IO_IN, lambda *_: loop.quit())
    print("ready", flush=True)
    loop.run()
    del name


if __name__ == "__main__":
    main()
