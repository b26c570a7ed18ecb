# Sourced (not executed) by the MariaDB image's entrypoint on the first start with an empty volume, after the root
# password is set: one database per service (utf8mb4), and one user per service with rights on its own database only.
# The passwords come from the container's environment (compose.yaml passes them from .env); no single quotes in them.
for service in agency committee reporting; do
  password_variable="${service^^}_DB_PASSWORD"
  password="${!password_variable:?${password_variable} is not set}"
  docker_process_sql <<-EOSQL
	CREATE DATABASE IF NOT EXISTS \`${service}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
	CREATE USER IF NOT EXISTS '${service}'@'%' IDENTIFIED BY '${password}';
	GRANT ALL PRIVILEGES ON \`${service}\`.* TO '${service}'@'%';
	EOSQL
done
