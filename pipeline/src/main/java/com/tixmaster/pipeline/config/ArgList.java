package com.tixmaster.pipeline.config;

import java.util.Arrays;
import java.util.List;

/** The command line as given, for the few choices that depend on whether an option was typed. */
final class ArgList {
  private final List<String> args;

  ArgList(String[] args) {
    this.args = List.copyOf(Arrays.asList(args));
  }

  /** Whether {@code --name} or {@code --name=value} is among the arguments. */
  boolean has(String name) {
    return args.stream().anyMatch(a -> a.equals("--" + name) || a.startsWith("--" + name + "="));
  }

  String[] toArray() {
    return args.toArray(new String[0]);
  }
}
