# Builds the product image: docker build -t mohinh .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN mvn -B -q -ntp dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 mohinh && mkdir -p /app/data && chown mohinh /app/data
WORKDIR /app
COPY --from=build /src/target/mohinh-*.jar /app/mohinh.jar
USER mohinh
ENV TZ=Asia/Ho_Chi_Minh JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s \
  CMD wget -qO- http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/mohinh.jar"]
