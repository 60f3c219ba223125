package com.tixmaster.pipeline.landing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.tixmaster.schemas.bronze.LandingFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LandingScannerTest {
  private static final String EVENTS = "events/2026/11/20/events_20261120_020000.json";
  private static final String VENUES = "venues/2026/11/20/venues_20261120_020000_p1.json";

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void listsLayoutFilesInPathOrderAndRefusesOtherJson() throws IOException {
    Path root = tmp.newFolder("landing").toPath();
    write(root, VENUES);
    write(root, EVENTS);
    write(root, "events/misplaced.json");
    write(root, "events/2026/11/20/notes.txt");

    List<LandingFile> files = LandingScanner.newFiles(root, Set.of());

    assertThat(
        files.stream().map(LandingFile::getPath).toList(),
        contains("events/2026/11/20/events_20261120_020000.json", "events/misplaced.json", VENUES));
    assertThat(files.get(0).getEntity(), is("events"));
    assertThat(files.get(0).getRefusal(), is(""));
    assertThat(files.get(0).getSize(), is(2L));
    assertThat(files.get(1).getEntity(), is("events"));
    assertThat(files.get(1).getRefusal(), startsWith("not in the landing layout"));
    assertThat(files.get(2).getEntity(), is("venues"));
  }

  @Test
  public void skipsKnownFilesAndBookkeepingFolders() throws IOException {
    Path root = tmp.newFolder("landing").toPath();
    write(root, EVENTS);
    write(root, VENUES);
    write(root, "_ingest/manifest-20261120.json");
    write(root, "events/2026/11/20/.events_20261120_030000.json.tmp");

    assertThat(
        LandingScanner.newFiles(root, Set.of(EVENTS)).stream().map(LandingFile::getPath).toList(),
        contains(VENUES));
    assertThat(LandingScanner.newFiles(root, Set.of(EVENTS, VENUES)), is(empty()));
  }

  @Test
  public void missingRootHoldsNothing() throws IOException {
    assertThat(
        LandingScanner.newFiles(tmp.getRoot().toPath().resolve("absent"), Set.of()), is(empty()));
  }

  @Test
  public void followsSymlinkedRootAndFoldersWithoutLooping() throws IOException {
    Path real = tmp.newFolder("real").toPath();
    write(real, EVENTS);
    Path elsewhere = tmp.newFolder("elsewhere").toPath();
    write(elsewhere, "2026/11/20/venues_20261120_020000_p1.json");
    Files.createSymbolicLink(real.resolve("venues"), elsewhere);
    Files.createSymbolicLink(elsewhere.resolve("loop"), real); // a link back up: no endless walk
    Path linkedRoot = Files.createSymbolicLink(tmp.getRoot().toPath().resolve("landing"), real);

    List<LandingFile> files = LandingScanner.newFiles(linkedRoot, Set.of());

    assertThat(files.stream().map(LandingFile::getPath).toList(), contains(EVENTS, VENUES));
    assertThat(files.get(1).getRefusal(), is(""));
    assertThat(Files.readString(Path.of(files.get(1).getLocation())), is("{}"));
  }

  private static void write(Path root, String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{}");
  }
}
