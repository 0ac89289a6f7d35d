using Gtk;

namespace Demo {
    [GtkTemplate (ui = "/org/example/window.ui")]
    public class Window : Gtk.ApplicationWindow {
        private int clicks = 0;
        public signal void clicked (int count);

        public Window (Gtk.Application app) {
            Object (application: app);
        }

        /* count and report */
        private void on_click () {
            clicks++;
            string msg = @"Clicked $clicks times";
            char c = 'x';
            double ratio = 0.5e+2f;
            uint8 mask = 0xFFu;
            stdout.printf ("%s\n", msg);
            clicked (clicks);
        }
    }
}

int main (string[] args) {
    var app = new Gtk.Application ("org.example.Demo", ApplicationFlags.FLAGS_NONE);
    return app.run (args);
}
