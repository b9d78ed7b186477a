# Build with the Maven wrapper, run on a JRE 17. (No Docker engine ran where this was written; see README.)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY knowledge-base/pom.xml knowledge-base/
COPY bot/pom.xml bot/
COPY admin/pom.xml admin/
COPY app/pom.xml app/
RUN ./mvnw -B -q dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN ./mvnw -B -q -DskipTests -Pfast-start package

FROM eclipse-temurin:17-jre
RUN groupadd --system digitalhelp && useradd --system --gid digitalhelp --home /app digitalhelp \
    && mkdir -p /app /data && chown digitalhelp:digitalhelp /app /data \
    && apt-get update && apt-get install -y --no-install-recommends curl tesseract-ocr tesseract-ocr-vie \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/app/target/digitalhelp.jar /app/digitalhelp.jar
COPY --from=build /src/bin/digitalhelp /app/bin/digitalhelp
USER digitalhelp
# bin/digitalhelp runs the jar's ahead-of-time code from the extracted jar with a class-data-sharing archive;
# the archive is made here, on this image's own JRE, by a training start on a throwaway embedded database.
ENV DATA_DIR=/data PORT=8080 JAVA_OPTS="-XX:MaxRAMPercentage=75" \
    DIGITALHELP_JAR=/app/digitalhelp.jar DIGITALHELP_FAST_DIR=/app/fast
RUN /app/bin/digitalhelp --prepare
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["/app/bin/digitalhelp"]
