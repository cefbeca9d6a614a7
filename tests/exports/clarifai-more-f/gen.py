"""Writes clarifai-more-f/export/: REST API v2 JSON responses (snake_case proto field names,
enums and status codes as numbers, uint64 as strings, RFC 3339 timestamps, 2-space indent),
each dict first parsed with json_format.ParseDict into the clarifai-grpc 12.6.0 response
message named beside it, so that every key is a real field of that message."""
import base64
import io
import json
import os

from clarifai_grpc.grpc.api import service_pb2
from google.protobuf.json_format import ParseDict
from PIL import Image

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "export")
os.makedirs(OUT, exist_ok=True)

U = "aino_mv"
APP = "viittomat"
COLLEAGUE = "eetu_hakkinen"
OK = {"code": 10000, "description": "Ok"}


def ok(req):
    return dict(OK, req_id=req)


def hosted(hexid):
    return {
        "prefix": "https://data.clarifai.com",
        "suffix": f"users/{U}/apps/{APP}/inputs/image/{hexid}",
        "sizes": ["orig", "tiny", "small", "large"],
        "crossorigin": "use-credentials",
    }


def image(hexid, w, h):
    return {
        "url": f"https://data.clarifai.com/orig/users/{U}/apps/{APP}/inputs/image/{hexid}",
        "hosted": hosted(hexid),
        "image_info": {"width": w, "height": h, "format": "JPEG", "color_mode": "RGB"},
    }


def write(name, msg_cls, d):
    ParseDict(d, msg_cls())  # fails on any key that is not a field of the message
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
        f.write("\n")


TASK = "5be2a0c94f7d4e1a8c36d07f2b91e4a8"

# 1. GetInputSamples: GET /v2/users/{user_id}/apps/{app_id}/tasks/{task_id}/inputs/samples?user_ids=…
samples = {
    "status": ok("d3a81f0c6b2e4794a05c7e1d9b3f6a20"),
    "hits": [
        {
            "score": 0,
            "input": {
                "id": "kiitos-otto3-f0046",
                "data": {
                    "image": image("8c1f4e7a2d9b06c35e8a1f7d4b2c9e60", 1920, 1080),
                    "metadata": {
                        "lahdevideo": "kiitos_otto3.mp4",
                        "ruutu_ms": 1840,
                        "kuvattu": "2025-02-11",
                        "paikka": "Tampereen kansalaisopisto, luokka 214",
                    },
                },
                "created_at": "2025-02-12T16:20:44.318207Z",
                "modified_at": "2025-02-12T16:20:47.902115Z",
                "status": {"code": 30000, "description": "Download complete"},
                "dataset_ids": ["viittomat-ruudut"],
            },
            "annotation": {
                "id": "a4d9e2b7c10f4c5e9b83f6a1d07e25c4",
                "input_id": "kiitos-otto3-f0046",
                "data": {
                    "concepts": [
                        {"id": "kiitos", "name": "KIITOS", "value": 1, "app_id": APP}
                    ]
                },
                "user_id": COLLEAGUE,
                "status": {"code": 24157, "description": "Annotation awaiting review"},
                "created_at": "2025-03-02T09:41:13.550821Z",
                "modified_at": "2025-03-02T09:41:13.550821Z",
                "input_level": True,
                "task_id": TASK,
                "worker": {"user": {"id": COLLEAGUE}},
            },
            "user_id": U,
            "app_id": APP,
        },
        {
            "score": 0,
            "input": {
                "id": "huomenta-otto1-f0112",
                "data": {
                    "image": image("2e7b5d0a9f4c16e83b0d7a5f2c8e1b94", 1920, 1080),
                    "metadata": {
                        "lahdevideo": "hyvaa_huomenta_otto1.mp4",
                        "ruutu_ms": 4480,
                        "kuvattu": "2025-02-11",
                        "paikka": "Tampereen kansalaisopisto, luokka 214",
                    },
                },
                "created_at": "2025-02-12T16:21:05.774092Z",
                "modified_at": "2025-02-12T16:21:09.013356Z",
                "status": {"code": 30000, "description": "Download complete"},
                "dataset_ids": ["viittomat-ruudut"],
            },
            "annotation": {
                "id": "c81f3a5e7d204b9ca6e0d4b28f1c7e53",
                "input_id": "huomenta-otto1-f0112",
                "data": {
                    "regions": [
                        {
                            "id": "e5b0c7d2a94f4e18b3c6a0f9d2e7b148",
                            "region_info": {
                                "bounding_box": {
                                    "top_row": 0.312,
                                    "left_col": 0.402,
                                    "bottom_row": 0.588,
                                    "right_col": 0.561,
                                }
                            },
                            "data": {
                                "concepts": [
                                    {"id": "kasimuoto-a", "name": "käsimuoto A", "value": 1, "app_id": APP}
                                ]
                            },
                        }
                    ]
                },
                "user_id": COLLEAGUE,
                "status": {"code": 24157, "description": "Annotation awaiting review"},
                "created_at": "2025-03-02T09:44:52.106738Z",
                "modified_at": "2025-03-02T09:46:03.228410Z",
                "task_id": TASK,
                "worker": {"user": {"id": COLLEAGUE}},
            },
            "user_id": U,
            "app_id": APP,
        },
        {
            "score": 0,
            "input": {
                "id": "anteeksi-otto2-f0031",
                "data": {
                    "image": image("b90d4f2e6a1c38e75d0b9f4a2e6c1d83", 1920, 1080),
                    "metadata": {
                        "lahdevideo": "anteeksi_otto2.mp4",
                        "ruutu_ms": 1240,
                        "kuvattu": "2025-02-13",
                        "paikka": "kotona, Hervanta",
                    },
                },
                "created_at": "2025-02-14T08:02:31.440958Z",
                "modified_at": "2025-02-14T08:02:35.681230Z",
                "status": {"code": 30000, "description": "Download complete"},
                "dataset_ids": ["viittomat-ruudut"],
            },
            "annotation": {
                "id": "f2a6c9e0b37d4d81a5e4c2f7b09d6a31",
                "input_id": "anteeksi-otto2-f0031",
                "data": {
                    "concepts": [
                        {"id": "anteeksi", "name": "ANTEEKSI", "value": 1, "app_id": APP},
                        {"id": "kiitos", "name": "KIITOS", "value": 0, "app_id": APP},
                    ]
                },
                "user_id": COLLEAGUE,
                "status": {"code": 24150, "description": "Annotation success"},
                "created_at": "2025-03-02T10:03:27.915604Z",
                "modified_at": "2025-03-03T07:55:18.372019Z",
                "input_level": True,
                "task_id": TASK,
                "worker": {"user": {"id": COLLEAGUE}},
            },
            "user_id": U,
            "app_id": APP,
        },
    ],
}
write("get-input-samples-viittomat-kierros-2.json", service_pb2.MultiInputAnnotationResponse, samples)

# 2. ListModelInputs: GET /v2/users/{user_id}/apps/{app_id}/models/{model_id}/versions/{version_id}/inputs
texts = [
    ("kysymys-0307", "Hei Aino! Onko torstain tunti etänä vai paikan päällä? Olen flunssassa.",
     "aikataulu", "Aikataulu", "Viittomakieli 2 (kevät 2025)", "2025-03-04T18:22:10+02:00", "sähköposti",
     "2025-03-05T07:10:02.118374Z"),
    ("kysymys-0311", "Saako kotitehtävän videon palauttaa vielä maanantaina? Kamera ei toiminut.",
     "kotitehtava", "Kotitehtävä", "Viittomakieli 2 (kevät 2025)", "2025-03-09T21:47:33+02:00", "Moodle",
     "2025-03-10T07:10:04.902651Z"),
    ("kysymys-0318", "Voisitko laittaa tallenteen viime kerran lauseista? En ehtinyt kirjoittaa kaikkea.",
     "tallenne", "Tallennepyyntö", "Viittomakieli 1 (kevät 2025)", "2025-03-16T12:05:51+02:00", "sähköposti",
     "2025-03-17T07:10:01.550287Z"),
]
model_inputs = {
    "status": ok("7e0c2b94d5a1463f8b6e0a3d9c1f5e27"),
    "inputs": [
        {
            "id": iid,
            "data": {
                "concepts": [{"id": cid, "name": cname, "value": 1, "app_id": APP}],
                "metadata": {"kurssi": kurssi, "vastaanotettu": recv, "kanava": kanava},
                "text": {"raw": raw, "text_info": {"char_count": len(raw), "encoding": "UTF8"}},
            },
            "created_at": created,
            "modified_at": created,
            "status": {"code": 30000, "description": "Download complete"},
            "dataset_ids": ["opiskelijoiden-kysymykset"],
        }
        for iid, raw, cid, cname, kurssi, recv, kanava, created in texts
    ],
}
write("list-model-inputs-kysymys-luokittelija.json", service_pb2.MultiInputResponse, model_inputs)

# 3. ListRunnerItems: GET /v2/users/{user_id}/compute_clusters/{cc}/nodepools/{np}/runners/{runner_id}/items
img = Image.new("RGB", (4, 3), (171, 134, 112))
img.putpixel((2, 1), (58, 44, 40))
buf = io.BytesIO()
img.save(buf, "JPEG", quality=70)
webcam_b64 = base64.b64encode(buf.getvalue()).decode()

selector = {"nodepool": {"id": "local-runner-nodepool",
                         "compute_cluster": {"id": "local-runner-compute-cluster", "user_id": U}}}
runner_items = {
    "status": ok("1f8d3b6e0a2c4597b4e1d7a0c3f6b829"),
    "runner_items": [
        {
            "id": "ri-9d27c4e1b0a5",
            "processing_info": {"runner_method_type": 1, "processing_id": "0c7a3e91d5f2"},
            "post_model_outputs_request": {
                "user_app_id": {"user_id": U, "app_id": APP},
                "model_id": "viittoma-tunnistin",
                "version_id": "6d0b9e2f4a1c4c7e8b35f2a0d9c6e1b7",
                "inputs": [
                    {
                        "data": {
                            "parts": [{"id": "image", "data": {"image": {"base64": webcam_b64}}}],
                            "metadata": {"_method_name": "predict"},
                        }
                    }
                ],
                "runner_selector": selector,
            },
            "metadata": {"user_id": U},
        },
        {
            "id": "ri-3b6f0e8c2d71",
            "processing_info": {"runner_method_type": 1, "processing_id": "e41b8d06a9c3"},
            "post_model_outputs_request": {
                "user_app_id": {"user_id": U, "app_id": APP},
                "model_id": "viittoma-tunnistin",
                "version_id": "6d0b9e2f4a1c4c7e8b35f2a0d9c6e1b7",
                "inputs": [
                    {
                        "data": {
                            "parts": [{"id": "image", "data": {"image": {
                                "url": f"https://data.clarifai.com/orig/users/{U}/apps/{APP}/inputs/image/2e7b5d0a9f4c16e83b0d7a5f2c8e1b94"}}}],
                            "metadata": {"_method_name": "predict"},
                        }
                    }
                ],
                "runner_selector": selector,
            },
            "metadata": {"user_id": U},
        },
    ],
}
write("list-runner-items-local-runner.json", service_pb2.MultiRunnerItemResponse, runner_items)

# 4. ListLogEntries (builder): GET /v2/users/{user_id}/apps/{app_id}/models/{model_id}/versions/{version_id}/builder/logs
VID = "6d0b9e2f4a1c4c7e8b35f2a0d9c6e1b7"
meta = {"user_app_id": {"user_id": U, "app_id": APP}, "model_id": "viittoma-tunnistin", "model_version_id": VID}
logs = {
    "status": ok("c02e7f5a9b3d4e18a6c0b4d2f8e1a357"),
    "log_entries": [
        {"message": "Step 4/11 : COPY --chown=nonroot:nonroot requirements.txt /home/nonroot/main/requirements.txt",
         "log_type": "builder",
         "url": f"builder/{U}/{APP}/viittoma-tunnistin/{VID}/0001", "meta": meta},
        {"message": "Successfully installed mediapipe-0.10.21 opencv-python-headless-4.11.0.86 torch-2.5.1",
         "log_type": "builder",
         "url": f"builder/{U}/{APP}/viittoma-tunnistin/{VID}/0002", "meta": meta},
        {"message": "Model build complete, pushing image",
         "log_type": "builder",
         "url": f"builder/{U}/{APP}/viittoma-tunnistin/{VID}/0003", "meta": meta},
    ],
    "page": 1,
    "per_page": 50,
}
write("list-log-entries-builder-viittoma-tunnistin.json", service_pb2.MultiLogEntryResponse, logs)

# 5. ListModelReferences: GET /v2/users/{user_id}/apps/{app_id}/models/{model_id}/references
refs = {
    "status": ok("5a9e1c7d3b0f4286a2d8e6c4b0f3a719"),
    "model_references": [
        {
            "id": "ref-artikkeli-2024",
            "model_id": "viittoma-tunnistin",
            "url": "https://doi.org/10.5555/viittoma.2024.017",
            "name": "Käsimuotojen tunnistus suomalaisen viittomakielen opetuksessa",
            "metadata": {
                "tekijat": ["Aino Mensah-Virtanen", "Eetu Häkkinen"],
                "vuosi": 2024,
                "julkaisu": "Kieli, koulutus ja yhteiskunta",
            },
        },
        {
            "id": "ref-mediapipe",
            "model_id": "viittoma-tunnistin",
            "url": "https://ai.google.dev/edge/mediapipe/solutions/vision/hand_landmarker",
            "name": "MediaPipe Hand Landmarker",
            "metadata": {"lisenssi": "Apache-2.0"},
        },
    ],
}
write("list-model-references-viittoma-tunnistin.json", service_pb2.MultiModelReferenceResponse, refs)

# 6. ListArtifactVersions: GET /v2/users/{user_id}/apps/{app_id}/artifacts/{artifact_id}/versions
art = {"id": "viittoma-tunnistin-checkpoint", "user_id": U, "app_id": APP}
arts = {
    "status": ok("e8b4d0a6c2f14973b5e9a1c7d3f0b264"),
    "artifact_versions": [
        {
            "id": "v-20250318-0612",
            "description": "epoch 40, val acc 0.91; uusi käsimuoto-data mukana",
            "artifact": art,
            "upload": {
                "id": "a0f6d3c9e2b74185",
                "created_at": "2025-03-18T04:12:33.204817Z",
                "modified_at": "2025-03-18T04:13:02.661490Z",
                "status": {"code": 68001, "description": "Upload done"},
                "content_name": "best.pt",
                "content_length": "94371840",
                "content_url": f"https://s3.amazonaws.com/clarifai-artifacts/{U}/{APP}/viittoma-tunnistin-checkpoint/v-20250318-0612/best.pt",
            },
            "visibility": {"gettable": 10},
            "created_at": "2025-03-18T04:12:33.118402Z",
            "modified_at": "2025-03-18T04:13:02.701153Z",
        },
        {
            "id": "v-20250302-2140",
            "description": "ensimmäinen koulutus, 25 epochia",
            "artifact": art,
            "upload": {
                "id": "7c2e9b4f0d1a6e38",
                "created_at": "2025-03-02T19:40:11.870326Z",
                "modified_at": "2025-03-02T19:40:39.015288Z",
                "status": {"code": 68001, "description": "Upload done"},
                "content_name": "best.pt",
                "content_length": "94365207",
                "content_url": f"https://s3.amazonaws.com/clarifai-artifacts/{U}/{APP}/viittoma-tunnistin-checkpoint/v-20250302-2140/best.pt",
            },
            "visibility": {"gettable": 10},
            "expires_at": "2025-06-30T00:00:00Z",
            "created_at": "2025-03-02T19:40:11.802119Z",
            "modified_at": "2025-03-02T19:40:39.051740Z",
        },
    ],
}
write("list-artifact-versions-viittoma-tunnistin-checkpoint.json", service_pb2.MultiArtifactVersionResponse, arts)
print("ok")
