package vn.mohinh.showcase;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the published models as an Atom 1.0 feed (RFC 4287) with the JDK's StAX writer, which
 * escapes every text. Entry ids are {@code urn:uuid:} of the publication's id (stable for as long as
 * the entry exists); the feed's id is derived from the bloc's code. Only {@link PublicShowcase}
 * values are written: nothing internal can get into the feed.
 */
public final class AtomFeedWriter {

  static final String ATOM_NS = "http://www.w3.org/2005/Atom";

  private AtomFeedWriter() {}

  /**
   * @param baseUrl the product's public address, without a trailing slash
   * @param updated when the list last changed
   */
  public static String write(String blocCode, String blocName, String baseUrl, Instant updated, List<PublicShowcase> entries) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM_NS);
      xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "vi");
      element(xml, "id", feedId(blocCode));
      xml.writeStartElement("title");
      xml.writeAttribute("type", "text");
      xml.writeCharacters("Mô hình, điển hình tiên tiến học tập và làm theo Bác – " + blocName);
      xml.writeEndElement();
      element(xml, "subtitle", "Giới thiệu những cách làm hay, mô hình hiệu quả, sáng tạo, có sức lan tỏa");
      element(xml, "updated", timestamp(updated));
      link(xml, "self", baseUrl + "/public/mo-hinh/atom.xml", "application/atom+xml");
      link(xml, "alternate", baseUrl + "/public/mo-hinh", "text/html");
      xml.writeStartElement("author");
      element(xml, "name", blocName);
      element(xml, "uri", baseUrl + "/public/mo-hinh");
      xml.writeEndElement();
      xml.writeStartElement("generator");
      xml.writeAttribute("uri", baseUrl + "/public/mo-hinh");
      xml.writeCharacters("mohinh");
      xml.writeEndElement();
      for (PublicShowcase entry : entries) {
        entry(xml, baseUrl, entry);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the Atom feed", e);
    }
    return out.toString();
  }

  private static void entry(XMLStreamWriter xml, String baseUrl, PublicShowcase entry) throws XMLStreamException {
    xml.writeStartElement("entry");
    element(xml, "id", "urn:uuid:" + entry.id());
    xml.writeStartElement("title");
    xml.writeAttribute("type", "text");
    xml.writeCharacters(entry.title());
    xml.writeEndElement();
    element(xml, "published", timestamp(entry.publishedAt()));
    element(xml, "updated", timestamp(entry.updatedAt()));
    link(xml, "alternate", baseUrl + "/public/mo-hinh/" + entry.id(), "text/html");
    if (entry.groupCode() != null) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", entry.groupCode());
      if (entry.groupName() != null) {
        xml.writeAttribute("label", entry.groupName());
      }
    }
    xml.writeStartElement("summary");
    xml.writeAttribute("type", "text");
    xml.writeCharacters(entry.summary());
    xml.writeEndElement();
    xml.writeStartElement("content");
    xml.writeAttribute("type", "html");
    xml.writeCharacters(html(entry));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** The body as escaped HTML paragraphs (the feed then escapes it once more as XML text). */
  static String html(PublicShowcase entry) {
    StringBuilder html = new StringBuilder();
    html.append("<p><em>").append(HtmlUtils.htmlEscape(entry.unitName(), "UTF-8")).append(" – năm ").append(entry.year()).append("</em></p>");
    for (String paragraph : entry.paragraphs()) {
      html.append("<p>").append(HtmlUtils.htmlEscape(paragraph, "UTF-8").replace("\n", "<br/>")).append("</p>");
    }
    return html.toString();
  }

  static String feedId(String blocCode) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(("mohinh:showcase-feed:" + blocCode).getBytes(StandardCharsets.UTF_8));
  }

  static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format((instant == null ? Instant.EPOCH : instant).truncatedTo(ChronoUnit.SECONDS));
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
