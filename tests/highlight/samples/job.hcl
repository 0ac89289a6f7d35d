# A Nomad job
job "site" {
  datacenters = ["dc1", 'dc2']
  priority    = 50
  memory      = 256Mb
  ratio       = 0.75
  enabled     = true

  /* the web group */
  group "web" {
    count = 2
    task "server" {
      driver = "docker"
      config {
        image = "nginx:1.25"
        args  = ["-c", "/etc/nginx/\"nginx.conf\""]
      }
      template {
        data = <<EOH
listen ${NOMAD_PORT_http};
EOH
      }
    }
  }
}
