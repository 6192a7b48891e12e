package vn.mohinh.catalog;

/** A titled part of what a unit wrote about its model (its plan, its result report). */
public record ModelSection(String title, String text) {}
