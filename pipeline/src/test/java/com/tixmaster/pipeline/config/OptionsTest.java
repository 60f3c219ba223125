package com.tixmaster.pipeline.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.tixmaster.pipeline.TixMasterRun;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Validation;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Bad configuration fails before anything is written, with a message that names the option. */
public class OptionsTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private void assertRefused(String option, String... args) throws Exception {
    Path lake = tmp.getRoot().toPath().resolve("lake-" + option);
    Path landing = tmp.newFolder().toPath();
    String[] all = new String[args.length + 2];
    all[0] = "--lakehouse=" + lake;
    all[1] = "--landing=" + landing;
    System.arraycopy(args, 0, all, 2, args.length);
    TixMasterRun run = TixMasterRun.of(all);
    assertThat(run.toString(), run.status, is(2));
    assertThat(run.err, containsString("--" + option));
    assertThat("nothing is written", Files.exists(lake), is(false));
  }

  @Test
  public void badValuesExit2NamingTheOption() throws Exception {
    assertRefused("stages", "--stages=bronze,platinum");
    assertRefused("stages", "--stages=,");
    assertRefused("stages", "--stages=gold,publish"); // missing quality
    assertRefused("stages", "--stages=silver,gold,summary,quality"); // missing publish
    assertRefused("runId", "--runId=../escape");
    assertRefused("progressSeconds", "--progressSeconds=0");
    assertRefused("asOf", "--asOf=yesterday");
    assertRefused("failOnSeverity", "--failOnSeverity=SEVERE");
    assertRefused("pageSize", "--pageSize=500");
    assertRefused("requestsPerSecond", "--requestsPerSecond=0");
    assertRefused("maxRequests", "--maxRequests=0");
    assertRefused("countryCode", "--countryCode=USA");
    assertRefused("endDate", "--startDate=2026-02-01", "--endDate=2026-01-01");
    assertRefused("startDate", "--startDate=01/02/2026");
    assertRefused("tableFormat", "--tableFormat=csv");
    assertRefused("apiBaseUrl", "--apiBaseUrl=ftp://x");
    assertRefused("apiBaseUrl", "--apiBaseUrl=http://");
    assertRefused("asOf", "--asOf=99999999999999999999999");
    assertRefused("stagingDir", "--stagingDir=bad\u0000path");
    assertRefused("freshnessHours", "--freshnessHours=0");
    assertRefused("bogus", "--bogus=1");
  }

  @Test
  public void aKeyInTheBaseUrlIsRefusedInAnyCaseAndNeverEchoed() throws Exception {
    String[] urls = {
      "https://app.ticketmaster.com/discovery/v2/?APIKEY=sekret123",
      "https://app.ticketmaster.com/discovery/v2/?apiKey=sekret123",
      "https://me:sekret123@app.ticketmaster.com/discovery/v2/",
      "https://app.ticketmaster.com/discovery/v2/#apikey=sekret123",
      "https://app.ticketmaster.com/discovery/v2;ApiKey=sekret123/",
    };
    for (String url : urls) {
      assertRefused("apiBaseUrl", "--apiBaseUrl=" + url);
      TixMasterRun run =
          TixMasterRun.of(
              "--lakehouse=" + tmp.newFolder().toPath().resolve("lake"), "--apiBaseUrl=" + url);
      assertThat(url, run.out + run.err, not(containsString("sekret123")));
    }
  }

  @Test
  public void missingLandingIsNamed() {
    Path lake = tmp.getRoot().toPath().resolve("lake");
    TixMasterRun run =
        TixMasterRun.of(
            "--lakehouse=" + lake,
            "--landing=" + tmp.getRoot().toPath().resolve("nope"),
            "--stages=bronze");
    assertThat(run.status, is(2));
    assertThat(run.err, containsString("--landing"));
    assertThat(Files.exists(lake), is(false));
  }

  @Test
  public void everyOptionIsDocumentedAndHasADefault() {
    for (Method m : TixMasterOptions.class.getDeclaredMethods()) {
      if (!m.getName().startsWith("get")) {
        continue;
      }
      assertThat(
          m.getName() + " has @Description", m.isAnnotationPresent(Description.class), is(true));
      boolean hasDefault =
          m.isAnnotationPresent(Default.String.class)
              || m.isAnnotationPresent(Default.Integer.class)
              || m.isAnnotationPresent(Default.Double.class)
              || m.isAnnotationPresent(Default.Boolean.class)
              || m.isAnnotationPresent(Validation.Required.class);
      assertThat(m.getName() + " has a default", hasDefault, is(true));
    }
  }

  @Test
  public void asOfAcceptsInstantsAndDates() {
    assertThat(
        RunConfig.parseInstant("asOf", "2026-11-26").toString(), is("2026-11-26T00:00:00.000Z"));
    assertThat(
        RunConfig.parseInstant("asOf", "2026-11-26T10:15:30Z").toString(),
        is("2026-11-26T10:15:30.000Z"));
    assertThat(
        RunConfig.parseInstant("asOf", "2026-11-26T10:15:30").toString(),
        is("2026-11-26T10:15:30.000Z"));
    assertThat(
        RunConfig.parseInstant("asOf", "2026-11-26T02:15:30-08:00").toString(),
        is("2026-11-26T10:15:30.000Z"));
    assertThat(
        RunConfig.parseInstant("asOf", "1795688130000").toString(), is("2026-11-26T10:15:30.000Z"));
  }
}
