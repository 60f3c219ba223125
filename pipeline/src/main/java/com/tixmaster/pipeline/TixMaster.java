package com.tixmaster.pipeline;
public final class TixMaster { public static void main(String[] a) { System.out.println("hello"); } }
