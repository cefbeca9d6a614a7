"""Builds clarifai-dataset-export-4/export/ by running the real serialisation steps.

1. unstructured (Clarifai fork, branch support_clarifai_model, 0.15.10-dev4): element metadata
   dicts as ElementMetadata.to_dict() returns them (sparse; chunk metadata consolidated;
   `orig_elements` = elements_to_base64_gzipped_json: json.dumps(sort_keys=True) -> zlib ->
   base64), then clarifai-python-datautils MultiModalLoader.__getitem__ (pops coordinates,
   detection_class_prob, image_base64; adds type image/table; id = element_id[:8];
   labels=[pipeline_name]).
2. clarifai-python MultiModalDataset._extract_protos -> Inputs.get_input_from_bytes /
   get_text_input -> Inputs._get_proto (concept id=name=label, value=1.0; metadata Struct).
3. The server stores and exports the Input (hosted URL, concept app_id): assumed.
4. clarifai-python InputAnnotationDownloader._write_archive / _save_annotation_to_archive,
   copied below, run on clarifai-grpc 12.6.0 messages with protobuf MessageToDict.
"""
import base64
import io
import json
import os
import zlib

from clarifai_grpc.grpc.api import resources_pb2
from google.protobuf.json_format import MessageToDict
from google.protobuf.struct_pb2 import Struct
from PIL import Image

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "export")
USER_ID = "renata_as"
APP_ID = "mi-asistente-docs"
DATASET_ID = "documentos-personales"
PIPELINE = "docs-cv-2024"  # Pipeline(name=...) -> the concept of every input
DIRECTORY = "/home/renata/Documentos/Trabajo/postulaciones-2024"
CV = "CV_Renata_Aguirre_Solberg_2024.pdf"
CARTA = "carta_referencia_Taller_Alfarería_Quillota.pdf"
CV_MTIME = "2024-03-11T21:47:09"
CARTA_MTIME = "2024-02-26T09:15:42"


def coords(points, w=1700, h=2200):
    return {"points": points, "system": "PixelSpace", "layout_width": w, "layout_height": h}


def elem(type_, eid, text, page, fname, mtime, parent=None, pts=None, prob=None, extra=None):
    md = {}
    if pts is not None:
        md["coordinates"] = coords(pts)
    if prob is not None:
        md["detection_class_prob"] = prob
    md.update({
        "file_directory": DIRECTORY,
        "filename": fname,
        "filetype": "application/pdf",
        "languages": ["spa"],
        "last_modified": mtime,
        "page_number": page,
    })
    if parent:
        md["parent_id"] = parent
    if extra:
        md.update(extra)
    return {"type": type_, "element_id": eid, "text": text, "metadata": md}


def orig(elements):
    js = json.dumps(elements, sort_keys=True).encode("utf-8")
    return base64.b64encode(zlib.compress(js)).decode("utf-8")


def chunk_meta(fname, mtime, page, origs, extra=None):
    md = {
        "file_directory": DIRECTORY,
        "filename": fname,
        "filetype": "application/pdf",
        "languages": ["spa"],
        "last_modified": mtime,
        "page_number": page,
        "orig_elements": orig(origs),
    }
    if extra:
        md.update(extra)
    return md


# ---- the elements her pipeline produced (text invented) ----
t_name = "fa1c02e9b7d34b6a8e55c0d1a2f3b4c5"
cv_p1_elems = [
    elem("Title", t_name, "Renata Aguirre Solberg", 1, CV, CV_MTIME,
         pts=[[212.4, 180.6], [212.4, 236.1], [905.3, 236.1], [905.3, 180.6]], prob=0.91),
    elem("NarrativeText", "0b8e6d1f42a95c37d1e0f6a7b8c9d0e1",
         "Ceramista y docente de talleres comunitarios. Calle Los Aromos 1187, Quillota, "
         "Región de Valparaíso · +56 9 5550 1642 · renata.aguirre.s@example.com", 1, CV, CV_MTIME,
         parent=t_name, pts=[[212.4, 262.0], [212.4, 348.7], [1480.2, 348.7], [1480.2, 262.0]],
         prob=0.87),
    elem("Title", "5d2a7c9e1f0b3d4c6a8e9f0a1b2c3d4e", "Perfil", 1, CV, CV_MTIME,
         pts=[[212.4, 402.3], [212.4, 441.9], [388.0, 441.9], [388.0, 402.3]], prob=0.84),
    elem("NarrativeText", "9c3e5a7b1d2f4e6a8b0c1d2e3f4a5b6c",
         "Nací en Viña del Mar en 1988. Desde 2015 dirijo un taller de alfarería en Quillota y "
         "busco un puesto de coordinadora de talleres en un centro cultural.", 1, CV, CV_MTIME,
         parent="5d2a7c9e1f0b3d4c6a8e9f0a1b2c3d4e",
         pts=[[212.4, 458.8], [212.4, 590.2], [1480.2, 590.2], [1480.2, 458.8]], prob=0.9),
]
cv_p1_text = "\n\n".join(e["text"] for e in cv_p1_elems)

cv_p2_table_elem = elem(
    "Table", "3e7f9a1b5c2d4e6f8a0b1c2d3e4f5a6b",
    "Idioma Nivel Español Nativo Noruego B2 (Folkeuniversitetet, 2019) Inglés C1", 2, CV, CV_MTIME,
    parent="7b1d3f5a9c2e4f6a8b0c1d2e3f4a5b6d",
    pts=[[212.4, 1210.5], [212.4, 1402.8], [1180.6, 1402.8], [1180.6, 1210.5]], prob=0.8,
    extra={"text_as_html": "<table><thead><tr><th>Idioma</th><th>Nivel</th></tr></thead><tbody>"
           "<tr><td>Español</td><td>Nativo</td></tr><tr><td>Noruego</td><td>B2 (Folkeuniversitetet, 2019)</td></tr>"
           "<tr><td>Inglés</td><td>C1</td></tr></tbody></table>"})

cv_p2_elems = [
    elem("Title", "7b1d3f5a9c2e4f6a8b0c1d2e3f4a5b6d", "Experiencia", 2, CV, CV_MTIME,
         pts=[[212.4, 160.2], [212.4, 201.4], [470.9, 201.4], [470.9, 160.2]], prob=0.86),
    elem("ListItem", "2a4c6e8f0b1d3e5f7a9b0c2d4e6f8a1b",
         "2015–hoy · Taller La Greda, Quillota — fundadora y profesora de torno (grupos de 8 alumnos).",
         2, CV, CV_MTIME, parent="7b1d3f5a9c2e4f6a8b0c1d2e3f4a5b6d",
         pts=[[240.0, 230.6], [240.0, 296.3], [1480.2, 296.3], [1480.2, 230.6]], prob=0.82),
    elem("ListItem", "4c6e8a0b2d4f6a8c0e1b3d5f7a9c1e2b",
         "2011–2014 · Liceo Bicentenario de Limache — asistente del taller de artes visuales.",
         2, CV, CV_MTIME, parent="7b1d3f5a9c2e4f6a8b0c1d2e3f4a5b6d",
         pts=[[240.0, 310.9], [240.0, 372.5], [1480.2, 372.5], [1480.2, 310.9]], prob=0.81),
]
cv_p2_text = "\n\n".join(e["text"] for e in cv_p2_elems)

carta_elems = [
    elem("Title", "8d0f2b4c6e8a1c3e5a7b9d1f3b5d7f9a", "Carta de referencia", 1, CARTA, CARTA_MTIME,
         pts=[[212.4, 300.1], [212.4, 348.0], [760.5, 348.0], [760.5, 300.1]], prob=0.88),
    elem("NarrativeText", "6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a",
         "Quillota, 20 de febrero de 2024. Conozco a Renata Aguirre Solberg desde 2016, cuando se "
         "incorporó como profesora invitada en nuestro programa de verano. Recomiendo su trabajo "
         "sin reservas. Para más información puede escribirme a m.lindqvist.fuentes@example.org. "
         "— Magdalena Lindqvist Fuentes, directora, Centro Cultural Ribera Norte.",
         1, CARTA, CARTA_MTIME, parent="8d0f2b4c6e8a1c3e5a7b9d1f3b5d7f9a",
         pts=[[212.4, 380.2], [212.4, 812.7], [1480.2, 812.7], [1480.2, 380.2]], prob=0.92),
]
carta_text = "\n\n".join(e["text"] for e in carta_elems)

# MultiModalLoader.__getitem__ output: (id8, text, image_bytes, metadata)
items = []
items.append(("4e1b9c07", cv_p1_text, None,
              chunk_meta(CV, CV_MTIME, 1, cv_p1_elems,
                         {"email_address": ["renata.aguirre.s@example.com"]})))
# Image element: coordinates/detection_class_prob/image_base64 popped; type added.
items.append(("a93f2d51", None, "portrait", {
    "file_directory": DIRECTORY, "filename": CV, "filetype": "application/pdf",
    "image_mime_type": "image/jpeg", "languages": ["spa"], "last_modified": CV_MTIME,
    "page_number": 1, "parent_id": t_name, "type": "image"}))
tmeta = chunk_meta(CV, CV_MTIME, 2, [cv_p2_table_elem])
tmeta["text_as_html"] = cv_p2_table_elem["metadata"]["text_as_html"]
tmeta["type"] = "table"
items.append(("c5087e3a", cv_p2_table_elem["text"], None, tmeta))
items.append(("17d6fa40", cv_p2_text, None, chunk_meta(CV, CV_MTIME, 2, cv_p2_elems)))
items.append(("e2c94b18", carta_text, None,
              chunk_meta(CARTA, CARTA_MTIME, 1, carta_elems,
                         {"email_address": ["m.lindqvist.fuentes@example.org"]})))


def tiny_png(kind):
    # a few pixels standing in for the portrait cropped out of the CV
    img = Image.new("RGB", (3, 4), (182, 140, 118))
    img.putpixel((1, 1), (60, 42, 38))
    img.putpixel((1, 2), (201, 96, 88))
    buf = io.BytesIO()
    img.save(buf, "JPEG")  # the PDF embeds a JPEG
    return buf.getvalue()


def make_input(id8, text, image_kind, meta):
    input_id = f"{DATASET_ID}-{id8}"
    md = Struct()
    md.update(meta)
    concepts = [resources_pb2.Concept(id=PIPELINE, name=PIPELINE, value=1.0, app_id=APP_ID)]
    hosted = resources_pb2.HostedURL(
        prefix="https://data.clarifai.com",
        suffix=f"users/{USER_ID}/apps/{APP_ID}/inputs/{'image' if image_kind else 'text'}/{id8}0f3e9b2c47d815a6c9e0b1d2",
        sizes=["orig"])
    if image_kind:
        data = resources_pb2.Data(image=resources_pb2.Image(hosted=hosted), concepts=concepts, metadata=md)
    else:
        data = resources_pb2.Data(text=resources_pb2.Text(raw=text, hosted=hosted), concepts=concepts, metadata=md)
    return resources_pb2.Input(id=input_id, dataset_ids=[DATASET_ID], data=data)


# ---- clarifai-python InputAnnotationDownloader, copied (files written to a folder) ----
input_ext = dict(image=".png", text=".txt", audio=".mp3", video=".mp4")


def save_annotation(annot_data, file_name):
    for annot in annot_data:
        if annot.get('regionInfo') and annot['regionInfo'].get('boundingBox'):
            bbox = annot['regionInfo']['boundingBox']
            bbox.setdefault('topRow', 0)
            bbox.setdefault('leftCol', 0)
            bbox.setdefault('bottomRow', 0)
            bbox.setdefault('rightCol', 0)
    json_str = json.dumps(annot_data)
    write(file_name, json_str.encode())


def write(name, data):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def write_archive(input_, payload, split="all"):
    data_dict = MessageToDict(input_.data)
    input_type = list(filter(lambda x: x in list(data_dict.keys()), list(input_ext.keys())))[0]
    hosted = getattr(input_.data, input_type).hosted
    assert 'orig' in hosted.sizes
    file_name = os.path.join(split, "inputs", input_.id + input_ext[input_type])
    if input_type == "image":
        p = Image.open(io.BytesIO(payload))
        buf = io.BytesIO()
        p.save(buf, 'PNG')
        write(file_name, buf.getvalue())
    elif input_type == "text":
        write(file_name, payload)  # response.content of the hosted text
    if data_dict.get("metadata") or data_dict.get("concepts") or data_dict.get("regions"):
        file_name = os.path.join(split, "annotations", input_.id + ".json")
        annot_data = []
        metadata = data_dict.get("metadata", {})
        if metadata:
            annot_data.append({"metadata": metadata})
        annot_data.extend(data_dict.get("regions", []))
        annot_data.extend(data_dict.get("concepts", []))
        save_annotation(annot_data, file_name)


for id8, text, image_kind, meta in items:
    inp = make_input(id8, text, image_kind, meta)
    payload = tiny_png(image_kind) if image_kind else text.encode("utf-8")
    write_archive(inp, payload)
print("ok")
