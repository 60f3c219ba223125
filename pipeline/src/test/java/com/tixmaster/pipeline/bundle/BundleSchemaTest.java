package com.tixmaster.pipeline.bundle;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.tixmaster.pipeline.config.Stage;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The Databricks Asset Bundle ({@code databricks.yml} and {@code resources/*.yml}) against the
 * official bundle JSON schema (the output of {@code databricks bundle schema}, kept outside the
 * repository in {@code ../shared/samples/databricks-bundle-jsonschema.json}), plus the run
 * contract's rules that a schema cannot express: every stage in run order, the schedule, the
 * dedicated DBR 16.4 cluster, the secret reference and the absence of real secrets.
 *
 * <p>The schema is read through the system property {@code tix.shared.dir}; the schema tests skip
 * when it is absent. The contract checks need only the repository ({@code tix.project.dir}).
 */
public class BundleSchemaTest {

  /** The stages in the order a run executes them ({@code Stage}); each is one task of the job. */
  static final List<String> STAGES =
      Arrays.stream(Stage.values()).map(Stage::id).collect(Collectors.toList());

  static final String JOB = "tix_master_etl_pipeline";
  static final String BRONZE_REFRESH_JOB = "tix_master_bronze_refresh";
  static final String MAIN_CLASS = "com.tixmaster.pipeline.TixMaster";
  static final String JAR = "pipeline/target/tix-master.jar";

  /** Every task passes these, besides its own {@code --stages=}. */
  static final List<String> COMMON_PARAMETERS =
      List.of(
          "--runner=SparkRunner",
          "--tableFormat=delta",
          "--catalog=${var.catalog}",
          "--landing=${var.landing_volume}",
          "--stagingDir=${var.staging_volume}",
          "--lakehouse=${var.lakehouse_volume}",
          "--runId={{job.run_id}}",
          "--asOf={{job.start_time.timestamp_ms}}");

  static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  static final ObjectMapper JSON = new ObjectMapper();

  private static Schema schema; // loaded once: the schema file is about 900 KB
  private static JsonNode bundle;
  private static Map<Path, JsonNode> resourceFiles;

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @BeforeClass
  public static void loadBundle() throws IOException {
    bundle = readYaml(projectDir().resolve("databricks.yml"));
    resourceFiles = new LinkedHashMap<>();
    for (Path p : resourceYamlFiles()) {
      resourceFiles.put(p, readYaml(p));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The official schema

  @Test
  public void everyBundleFileValidatesAgainstTheOfficialSchema() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(projectDir().resolve("databricks.yml"));
    files.addAll(resourceFiles.keySet());
    assertThat("the bundle has resource files", resourceFiles.keySet(), not(empty()));

    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (Path file : files) {
      List<String> errors = validateFile(file);
      if (!errors.isEmpty()) {
        problems.put(projectDir().relativize(file).toString(), readable(errors));
      }
    }
    assertTrue("schema violations:\n" + format(problems), problems.isEmpty());
  }

  @Test
  public void theSchemaCheckFailsOnABrokenCopyOfTheBundle() throws IOException {
    // The same file-based check as above, on a copy of the job with three mistakes: an unknown
    // task field, a string where an integer is required, and an access mode that does not exist.
    Path job = projectDir().resolve("resources/tix_master_etl_pipeline.job.yml");
    String broken =
        Files.readString(job)
            .replaceFirst("max_concurrent_runs: 1", "max_concurrent_runs: one")
            .replaceFirst("data_security_mode: SINGLE_USER", "data_security_mode: SINGLE_USR")
            .replaceFirst("timeout_seconds: 3600", "timeout_seconds: 3600\n          retries: 3");
    Path copy = tmp.newFolder("resources").toPath().resolve("broken.job.yml");
    Files.writeString(copy, broken);

    List<String> errors = validateFile(copy);

    assertThat(errors, not(empty()));
    assertThat(errors.toString(), errors.stream().anyMatch(e -> e.contains("max_concurrent_runs")));
    assertThat(errors.toString(), errors.stream().anyMatch(e -> e.contains("data_security_mode")));
    assertThat(errors.toString(), errors.stream().anyMatch(e -> e.contains("retries")));
  }

  @Test
  public void theSchemaRejectsMistakesInMemory() throws IOException {
    // Each document differs from a valid one by one mistake; each must produce an error.
    String valid =
        "resources:\n  jobs:\n    j:\n      max_concurrent_runs: 1\n      tasks:\n"
            + "        - task_key: t\n          spark_jar_task:\n"
            + "            main_class_name: a.B\n            parameters: [--x=1]\n";
    assertThat(validate(valid), empty());

    Map<String, String> mistakes = new LinkedHashMap<>();
    mistakes.put(
        "unknown top-level key of a job",
        valid.replace("      tasks:", "      taskz: []\n      tasks:"));
    mistakes.put(
        "unknown field of spark_jar_task",
        valid.replace("main_class_name: a.B", "main_class: a.B"));
    mistakes.put(
        "task without task_key",
        valid.replace("- task_key: t\n          spark_jar_task", "- spark_jar_task"));
    mistakes.put(
        "parameters is not a list", valid.replace("parameters: [--x=1]", "parameters: {x: 1}"));
    mistakes.put(
        "a schedule without its timezone",
        valid.replace(
            "      tasks:",
            "      schedule:\n        quartz_cron_expression: '0 0 2 * * ?'\n      tasks:"));
    mistakes.put("a bundle without a name", "bundle:\n  databricks_cli_version: '>= 0.250.0'\n");
    mistakes.put(
        "an integer field holding an unknown reference prefix",
        valid.replace("max_concurrent_runs: 1", "max_concurrent_runs: ${vars.x}"));
    for (Map.Entry<String, String> m : mistakes.entrySet()) {
      assertThat(m.getKey(), validate(m.getValue()), not(empty()));
    }
  }

  @Test
  public void theSchemaAcceptsInterpolationWhereItSaysSo() throws IOException {
    // Non-string fields (int, bool, objects) accept a whole ${var.…} reference through a oneOf of
    // patterns; strings accept anything. The patterns are unanchored, so a value holding two
    // references matches two branches of the oneOf and is rejected: keep one reference per value.
    String job =
        "resources:\n  jobs:\n    j:\n      max_concurrent_runs: %s\n      tasks:\n"
            + "        - task_key: t\n          retry_on_timeout: %s\n";
    assertThat(validate(String.format(job, "${var.n}", "${var.flag}")), empty());
    assertThat(validate(String.format(job, "1", "true")), empty());
    assertThat(validate(String.format(job, "${var.n}", "maybe")), not(empty()));
    assertThat(validate(String.format(job, "${var.a}${bundle.b}", "true")), not(empty()));
  }

  // ---------------------------------------------------------------------------------------------
  // The bundle's own rules

  @Test
  public void theBundleIsNamedAndIncludesEveryResourceFile() {
    assertEquals("tix-master", bundle.at("/bundle/name").asText());
    List<String> globs = texts(bundle.get("include"));
    assertThat(globs, hasItem("resources/*.yml"));
    for (Path file : resourceFiles.keySet()) {
      Path rel = projectDir().relativize(file);
      boolean included =
          globs.stream()
              .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
              .anyMatch((PathMatcher m) -> m.matches(rel));
      assertTrue(rel + " is not included by " + globs, included);
    }
  }

  @Test
  public void everyVariableIsDescribedHasADefaultAndEveryReferenceIsDeclared() throws IOException {
    JsonNode variables = bundle.get("variables");
    Set<String> declared = new LinkedHashSet<>();
    variables.fieldNames().forEachRemaining(declared::add);
    for (String name : declared) {
      JsonNode v = variables.get(name);
      assertFalse(name + " has no description", v.path("description").asText("").isBlank());
      assertTrue(name + " has no default", v.has("default"));
    }
    assertThat(
        declared,
        hasItems(
            "catalog",
            "landing_volume",
            "staging_volume",
            "lakehouse_volume",
            "secret_scope",
            "secret_key",
            "notification_email",
            "run_as_service_principal",
            "node_type_id"));
    assertEquals("ticket_master", variables.at("/catalog/default").asText());
    assertEquals(
        "/Volumes/ticket_master/bronze/landing", variables.at("/landing_volume/default").asText());
    assertEquals("tix-master", variables.at("/secret_scope/default").asText());
    assertEquals("ticketmaster-api-key", variables.at("/secret_key/default").asText());

    Pattern ref = Pattern.compile("\\$\\{var\\.([A-Za-z0-9_]+)\\}");
    for (Path file : bundleFiles()) {
      Matcher m = ref.matcher(Files.readString(file));
      while (m.find()) {
        assertThat(file + " uses an undeclared variable", declared, hasItem(m.group(1)));
      }
    }
    // A target may only assign declared variables.
    bundle
        .get("targets")
        .fields()
        .forEachRemaining(
            t ->
                t.getValue()
                    .path("variables")
                    .fieldNames()
                    .forEachRemaining(
                        v ->
                            assertThat(
                                "target " + t.getKey() + " assigns an undeclared variable",
                                declared,
                                hasItem(v))));
  }

  @Test
  public void devIsAPersonalDevelopmentTargetAndProdRunsAsAServicePrincipal() {
    JsonNode dev = bundle.at("/targets/dev");
    assertEquals("development", dev.path("mode").asText());
    assertTrue(dev.path("default").asBoolean());

    JsonNode prod = bundle.at("/targets/prod");
    assertEquals("production", prod.path("mode").asText());
    assertFalse(prod.path("default").asBoolean(false));
    assertThat(prod.at("/workspace/root_path").asText(), startsWith("/Workspace/Shared/.bundle/"));
    assertEquals(
        "${var.run_as_service_principal}", prod.at("/run_as/service_principal_name").asText());

    // The targets never share tables.
    assertThat(catalogOf("dev"), not(equalTo(catalogOf("prod"))));
    assertThat(catalogOf("staging"), not(equalTo(catalogOf("prod"))));
    assertThat(catalogOf("staging"), not(equalTo(catalogOf("dev"))));
  }

  @Test
  public void stagingSitsBetweenDevAndProdSharedPausedAndRunAsTheServicePrincipal() {
    List<String> targets = new ArrayList<>();
    bundle.get("targets").fieldNames().forEachRemaining(targets::add);
    assertEquals(List.of("dev", "staging", "prod"), targets);
    JsonNode staging = bundle.at("/targets/staging");
    assertFalse(staging.path("default").asBoolean(false));
    assertEquals("PAUSED", staging.at("/presets/trigger_pause_status").asText());
    assertThat(
        staging.at("/workspace/root_path").asText(), startsWith("/Workspace/Shared/.bundle/"));
    assertEquals(
        "${var.run_as_service_principal}", staging.at("/run_as/service_principal_name").asText());
  }

  @Test
  public void theBronzeRefreshJobIsTheFullJobsIngestAndBronzeOnTheSameCluster() {
    JsonNode refresh = job(BRONZE_REFRESH_JOB);
    List<String> keys = new ArrayList<>();
    refresh.get("tasks").forEach(t -> keys.add(t.path("task_key").asText()));
    assertEquals(List.of("ingest", "bronze"), keys);
    for (JsonNode t : refresh.get("tasks")) {
      // the same task as the full job's (which BundleTasksTest runs), field for field
      assertEquals(t.path("task_key").asText(), task(t.path("task_key").asText()), t);
    }
    assertEquals(job().get("job_clusters"), refresh.get("job_clusters"));
    assertEquals(1, refresh.path("max_concurrent_runs").asInt());
    assertTrue("on demand only", refresh.path("schedule").isMissingNode());
  }

  @Test
  public void everyTargetKeepsItsVolumesInsideItsOwnCatalog() {
    for (String target : List.of("dev", "staging", "prod")) {
      String catalog = catalogOf(target);
      for (String v : List.of("landing_volume", "staging_volume", "lakehouse_volume")) {
        String path = variable(target, v);
        assertThat(target + "." + v, path, startsWith("/Volumes/" + catalog + "/"));
        assertThat(
            target + "." + v + " is catalog/schema/volume", path.split("/").length, greaterThan(4));
      }
    }
  }

  @Test
  public void theArtifactBuildsTheShadedJarWithMaven() throws IOException {
    JsonNode artifacts = bundle.get("artifacts");
    assertThat(artifacts.size(), is(1));
    JsonNode jar = artifacts.elements().next();
    assertEquals("jar", jar.path("type").asText());
    String build = jar.path("build").asText();
    assertThat(build, startsWith("mvn "));
    assertTrue(build, build.contains(" package") && build.contains("-DskipTests"));
    List<String> sources = new ArrayList<>();
    jar.path("files").forEach(f -> sources.add(f.path("source").asText()));
    assertThat(sources, hasSize(1));
    Path source =
        projectDir().resolve(jar.path("path").asText(".")).resolve(sources.get(0)).normalize();
    assertEquals(projectDir().resolve(JAR).normalize(), source);
    // The shade plugin's finalName is what makes target/tix-master.jar.
    String pom = Files.readString(projectDir().resolve("pipeline/pom.xml"));
    assertTrue(
        "pipeline/pom.xml shades to tix-master.jar",
        pom.contains("<finalName>tix-master</finalName>"));
  }

  @Test
  public void theJobHasEveryStageInRunOrderEachDependingOnThePrevious() {
    JsonNode tasks = job().get("tasks");
    List<String> keys = new ArrayList<>();
    tasks.forEach(t -> keys.add(t.path("task_key").asText()));
    assertEquals(STAGES, keys);

    for (int i = 0; i < tasks.size(); i++) {
      JsonNode t = tasks.get(i);
      List<String> deps = new ArrayList<>();
      t.path("depends_on").forEach(d -> deps.add(d.path("task_key").asText()));
      if (i == 0) {
        assertThat(keys.get(i) + " depends on nothing", deps, empty());
      } else {
        assertThat(keys.get(i), deps, contains(keys.get(i - 1)));
      }
    }
  }

  @Test
  public void everyTaskRunsItsOwnStageOfTheJarOnTheSharedCluster() {
    JsonNode job = job();
    Set<String> clusters = new LinkedHashSet<>();
    job.path("job_clusters").forEach(c -> clusters.add(c.path("job_cluster_key").asText()));
    assertThat(clusters, hasSize(1));

    for (JsonNode t : job.get("tasks")) {
      String key = t.path("task_key").asText();
      JsonNode jarTask = t.get("spark_jar_task");
      assertEquals(key, MAIN_CLASS, jarTask.path("main_class_name").asText());
      List<String> params = texts(jarTask.get("parameters"));
      List<String> stages =
          params.stream().filter(p -> p.startsWith("--stages=")).collect(Collectors.toList());
      assertThat(key, stages, contains("--stages=" + key));
      assertEquals(key + ": --stages= comes first", "--stages=" + key, params.get(0));
      for (String common : COMMON_PARAMETERS) {
        assertThat(key, params, hasItem(common));
      }
      // every option is written --name=value, and none twice
      assertThat(key, params, everyItem(startsWith("--")));
      Set<String> names = new LinkedHashSet<>();
      for (String p : params) {
        assertTrue(key + " repeats " + p, names.add(p.substring(0, Math.max(p.indexOf('='), 0))));
      }

      assertTrue(
          key + " runs on the shared job cluster",
          clusters.contains(t.path("job_cluster_key").asText()));
      assertThat(key + " has a timeout", t.path("timeout_seconds").asInt(0), greaterThan(0));
      List<String> jars = new ArrayList<>();
      t.path("libraries").forEach(l -> jars.add(l.path("jar").asText()));
      assertThat(key, jars, hasSize(1));
      // Library paths are relative to the resource file; they must name the artifact's output.
      Path resolved = projectDir().resolve("resources").resolve(jars.get(0)).normalize();
      assertEquals(key, projectDir().resolve(JAR).normalize(), resolved);
    }
  }

  @Test
  public void ingestRetriesAndEveryTaskAndTheJobHaveTimeouts() {
    JsonNode ingest = task("ingest");
    assertThat(ingest.path("max_retries").asInt(0), greaterThan(0));
    assertThat(ingest.path("min_retry_interval_millis").asInt(0), greaterThan(0));
    assertTrue(ingest.path("retry_on_timeout").asBoolean());
    assertThat(job().path("timeout_seconds").asInt(0), greaterThan(0));
  }

  @Test
  public void theJobRunsDailyAt2amLosAngelesOneRunAtATime() {
    JsonNode job = job();
    assertEquals("0 0 2 * * ?", job.at("/schedule/quartz_cron_expression").asText());
    assertEquals("America/Los_Angeles", job.at("/schedule/timezone_id").asText());
    // An explicit UNPAUSED would also unpause the dev copy; development mode pauses it.
    assertFalse(job.at("/schedule").has("pause_status"));
    assertEquals(1, job.path("max_concurrent_runs").asInt());
    assertThat(
        texts(job.at("/email_notifications/on_failure")), contains("${var.notification_email}"));
    assertThat(job.path("tags").size(), greaterThan(0));
  }

  @Test
  public void theClusterIsDedicatedDbr164WithTheKeyFromTheSecretScope() throws IOException {
    JsonNode cluster = job().at("/job_clusters/0/new_cluster");
    assertEquals("16.4.x-scala2.12", cluster.path("spark_version").asText());
    assertEquals("SINGLE_USER", cluster.path("data_security_mode").asText());
    assertEquals("${var.node_type_id}", cluster.path("node_type_id").asText());

    JsonNode env = cluster.get("spark_env_vars");
    assertEquals(
        "{{secrets/${var.secret_scope}/${var.secret_key}}}",
        env.path("TICKETMASTER_API_KEY").asText());
    assertTrue(
        "every secret-looking variable comes from a secret scope",
        fieldValues(env).stream()
            .filter(e -> e.getKey().matches("(?i).*(KEY|TOKEN|SECRET|PASSWORD).*"))
            .allMatch(e -> e.getValue().startsWith("{{secrets/") && e.getValue().endsWith("}}")));

    // The cluster opens the same JDK 17 packages as the local run.
    Matcher opens =
        Pattern.compile("<tix.jvm.opens>(.*?)</tix.jvm.opens>", Pattern.DOTALL)
            .matcher(Files.readString(projectDir().resolve("pom.xml")));
    assertTrue("pom.xml defines tix.jvm.opens", opens.find());
    String expected = words(opens.group(1));
    assertEquals(expected, words(cluster.at("/spark_conf/spark.driver.extraJavaOptions").asText()));
    assertEquals(
        expected, words(cluster.at("/spark_conf/spark.executor.extraJavaOptions").asText()));
  }

  @Test
  public void noBundleFileHoldsAnythingThatLooksLikeARealKeyOrToken() throws IOException {
    List<Path> files = new ArrayList<>(bundleFiles());
    for (String extra : List.of("docs/DATABRICKS.md", "scripts/databricks")) {
      Path p = projectDir().resolve(extra);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      }
    }
    List<String> findings = new ArrayList<>();
    for (Path f : files) {
      findings.addAll(secretLookalikes(projectDir().relativize(f).toString(), Files.readString(f)));
    }
    assertThat(findings, empty());
  }

  @Test
  public void theSecretScanCatchesRealLookingSecrets() {
    // Made-up values in the shapes the scan must catch; none of them is a real credential.
    String fakeApiKey = "Qw3rTy" + "Ui0pAs4dFg5hJk6lZx7cVb8n";
    String fakePat = "dapi" + "0123456789abcdef".repeat(2);
    String fakeAws = "AKIA" + "ABCDEFGHIJKLMNOP";
    assertThat(secretLookalikes("x", "key: " + fakeApiKey), not(empty()));
    assertThat(secretLookalikes("x", "token: " + fakePat), not(empty()));
    assertThat(secretLookalikes("x", "id: " + fakeAws), not(empty()));
    assertThat(secretLookalikes("x", "TICKETMASTER_API_KEY: abc123"), not(empty()));
    assertThat(
        secretLookalikes("x", "https://app.ticketmaster.com/discovery/v2/events?apikey=abc"),
        not(empty()));
    assertThat(
        secretLookalikes(
            "x", "TICKETMASTER_API_KEY: \"{{secrets/${var.secret_scope}/${var.secret_key}}}\""),
        empty());
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  static Path projectDir() {
    return Path.of(System.getProperty("tix.project.dir", "..")).toAbsolutePath().normalize();
  }

  static Path schemaFile() {
    String shared = System.getProperty("tix.shared.dir");
    Assume.assumeTrue("tix.shared.dir is not set", shared != null && !shared.isBlank());
    Path file = Path.of(shared, "samples", "databricks-bundle-jsonschema.json");
    Assume.assumeTrue("no bundle schema at " + file, Files.isRegularFile(file));
    return file;
  }

  static synchronized Schema schema() throws IOException {
    if (schema == null) {
      Path file = schemaFile();
      // The schema declares no $schema; its $defs and $ref-with-siblings are 2020-12 usage. It
      // also carries editor hints (markdownDescription, enumDescriptions, doNotSuggest, …) and
      // nests $defs by Go package path; those are annotations, kept without a warning apiece.
      Dialect dialect =
          Dialect.builder(Dialects.getDraft202012())
              .unknownKeywordFactory((name, context) -> new AnnotationKeyword(name))
              .build();
      assertEquals(SpecificationVersion.DRAFT_2020_12, dialect.getSpecificationVersion());
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect);
      schema =
          registry.getSchema(
              SchemaLocation.of(file.toUri().toString()), JSON.readTree(file.toFile()));
    }
    return schema;
  }

  /** Schema errors of one YAML file, as "path: message" lines. */
  static List<String> validateFile(Path file) throws IOException {
    return errors(schema().validate(readYaml(file)));
  }

  static List<String> validate(String yaml) throws IOException {
    return errors(schema().validate(YAML.readTree(yaml)));
  }

  static List<String> errors(List<Error> errors) {
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  /**
   * The errors worth reading. Every object, list and scalar of the schema is a oneOf of its real
   * type and a "${…}" reference string, so one mistake also fails every enclosing oneOf ("must be
   * valid to one and only one schema", "object found, string expected", "does not match the regex
   * pattern \\$\\{…"). Those echoes are dropped from messages; the full list still decides.
   */
  static List<String> readable(List<String> errors) {
    List<String> leaves =
        errors.stream()
            .filter(e -> !e.contains("must be valid to one and only one schema, but 0 are valid"))
            .filter(e -> !e.matches(".*: (object|array) found, string expected"))
            .filter(e -> !e.contains("does not match the regex pattern \\$\\{("))
            .collect(Collectors.toList());
    return leaves.isEmpty() ? errors : leaves;
  }

  static JsonNode readYaml(Path file) throws IOException {
    JsonNode node = YAML.readTree(file.toFile());
    assertTrue(file + " is a YAML mapping", node instanceof ObjectNode);
    return node;
  }

  static List<Path> resourceYamlFiles() throws IOException {
    Path dir = projectDir().resolve("resources");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  static List<Path> bundleFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(projectDir().resolve("databricks.yml"));
    Path dir = projectDir().resolve("resources");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    return files;
  }

  static JsonNode job() {
    return job(JOB);
  }

  static JsonNode job(String name) {
    for (JsonNode doc : resourceFiles.values()) {
      JsonNode j = doc.at("/resources/jobs/" + name);
      if (!j.isMissingNode()) {
        return j;
      }
    }
    throw new AssertionError("no job " + name + " in resources/");
  }

  static JsonNode task(String key) {
    for (JsonNode t : job().get("tasks")) {
      if (key.equals(t.path("task_key").asText())) {
        return t;
      }
    }
    throw new AssertionError("no task " + key);
  }

  /** A variable's value in a target: the target's assignment, else the default. */
  static String variable(String target, String name) {
    JsonNode assigned = bundle.at("/targets/" + target + "/variables/" + name);
    if (!assigned.isMissingNode()) {
      return assigned.isObject() ? assigned.path("default").asText() : assigned.asText();
    }
    return bundle.at("/variables/" + name + "/default").asText();
  }

  static String catalogOf(String target) {
    return variable(target, "catalog");
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  static List<Map.Entry<String, String>> fieldValues(JsonNode object) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(Map.entry(e.getKey(), e.getValue().asText()));
    }
    return out;
  }

  static String words(String s) {
    return String.join(" ", s.trim().split("\\s+"));
  }

  static String format(Map<String, List<String>> problems) {
    StringBuilder b = new StringBuilder();
    problems.forEach(
        (file, errs) -> {
          b.append(file).append(":\n");
          errs.forEach(e -> b.append("  ").append(e).append('\n'));
        });
    return b.toString();
  }

  // What a real credential looks like. Placeholders (${var.…}, {{secrets/…}}, <…>) never match.
  private static final List<Pattern> SECRET_PATTERNS =
      List.of(
          Pattern.compile("dapi[0-9a-f]{32}"), // Databricks personal access token
          Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"), // AWS access key id
          Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
          Pattern.compile("(?i)[?&]apikey=(?!<|\\$|\\{)[^&\\s\"']+"), // a key inside a URL
          // the key's variable given a literal value instead of a secret reference
          Pattern.compile(
              "TICKETMASTER_API_KEY\\s*[:=]\\s*(?![\"']?\\{\\{secrets/)(?![\"']?\\$)(?![\"']?<)[\"']?[A-Za-z0-9]"));
  // A long run of letters and digits that mixes upper case, lower case and digits, the shape of
  // Ticketmaster consumer keys (32 characters) and most generated tokens.
  private static final Pattern TOKEN =
      Pattern.compile("(?<![A-Za-z0-9_./-])[A-Za-z0-9]{24,}(?![A-Za-z0-9_])");

  static List<String> secretLookalikes(String where, String text) {
    List<String> found = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      for (Pattern p : SECRET_PATTERNS) {
        if (p.matcher(line).find()) {
          found.add(where + ":" + (i + 1) + " matches " + p.pattern());
        }
      }
      Matcher m = TOKEN.matcher(line);
      while (m.find()) {
        String t = m.group();
        if (t.chars().anyMatch(Character::isUpperCase)
            && t.chars().anyMatch(Character::isLowerCase)
            && t.chars().anyMatch(Character::isDigit)) {
          found.add(where + ":" + (i + 1) + " has a token-like string");
        }
      }
    }
    return found;
  }
}
