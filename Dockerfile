# syntax=docker/dockerfile:1
# Tsuho as a container: built with the Maven wrapper, run as a non-root user on a JRE.
# No secret is baked in; everything comes from the environment (see docker-compose.yml).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY . .
# The Maven repository is a build cache, not a layer: dependencies are downloaded once across builds.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests \
    && cp target/tsuho-*.jar /build/tsuho.jar \
    && java -Djarmode=tools -jar /build/tsuho.jar extract --layers --launcher --destination /build/extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 tsuho \
    && useradd --system --uid 10001 --gid tsuho --home-dir /app --shell /usr/sbin/nologin tsuho
WORKDIR /app
# Layers from the least to the most often changed, so a code change rebuilds only the last one.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER tsuho
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Asks the health endpoint through bash's /dev/tcp, so the check needs no HTTP client in the image.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=6 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
